import { Subtitle1, Text } from "@fluentui/react-components";
import { useMergeStyles } from "./merge.styles";

/** The heading and one-line hint of a section of 分发与合并 (the heading's id labels the section). */
export function SectionHeading({
  id,
  title,
  hint,
}: {
  id: string;
  title: string;
  hint: string;
}): React.JSX.Element {
  const styles = useMergeStyles();
  return (
    <>
      <Subtitle1 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle1>
      <Text size={200} className={styles.hint}>
        {hint}
      </Text>
    </>
  );
}
