import { Button } from "@fluentui/react-components";
import { useMessages } from "../../i18n/context";

/** A close button for a MessageBar (a text glyph, so no icon package in the bundle). */
export function DismissButton({ onClick }: { onClick: () => void }): React.JSX.Element {
  const t = useMessages();
  return (
    <Button
      appearance="transparent"
      size="small"
      aria-label={t.dismiss}
      title={t.dismiss}
      icon={<span aria-hidden="true">×</span>}
      onClick={onClick}
    />
  );
}
