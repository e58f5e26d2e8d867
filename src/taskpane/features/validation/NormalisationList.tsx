import { Button, Subtitle2 } from "@fluentui/react-components";
import type { Normalisation } from "../../../core/validation/types";
import { useMessages } from "../../i18n/context";
import type { CommandKind } from "../../state/types";
import { CommandButton } from "../actions/CommandButton";
import { useValidationStyles } from "./validation.styles";

interface NormalisationListProps {
  changes: readonly Normalisation[];
  busy: CommandKind | null;
  onSelect: (address: string) => void;
  onConfirm: (changes: Normalisation[]) => void;
}

/** Shows each proposed change ("将 X 改为 Y") before anything is written; one button applies them all. */
export function NormalisationList({
  changes,
  busy,
  onSelect,
  onConfirm,
}: NormalisationListProps): React.JSX.Element {
  const t = useMessages();
  const styles = useValidationStyles();
  return (
    <section className={styles.normalisations} aria-labelledby="taizhang-normalisations-heading">
      <Subtitle2 as="h3" id="taizhang-normalisations-heading" className={styles.groupHeading}>
        {t.normalisationsHeading(changes.length)}
      </Subtitle2>
      <ul className={styles.list}>
        {changes.map((change) => (
          <li key={change.address}>
            <Button
              appearance="subtle"
              className={styles.item}
              title={t.goToCell(change.address)}
              onClick={() => onSelect(change.address)}
            >
              {t.normalisationLine(change)}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.confirm}>
        <CommandButton
          command="normalise"
          busy={busy}
          primary
          label={t.confirmNormalisations(changes.length)}
          busyLabel={t.busy}
          onClick={() => onConfirm([...changes])}
        />
      </div>
    </section>
  );
}
