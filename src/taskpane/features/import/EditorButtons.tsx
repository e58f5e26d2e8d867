import { Button } from "@fluentui/react-components";
import type { ImportText } from "./import-text";
import { useImportStyles } from "./import.styles";

/** 确定 (submits the preview's editor form) and 取消, as both preview editors show them. */
export function EditorButtons({
  t,
  onCancel,
  disabled = false,
}: {
  t: ImportText;
  onCancel: () => void;
  disabled?: boolean;
}) {
  const styles = useImportStyles();
  return (
    <div className={styles.buttons}>
      <Button size="small" appearance="primary" type="submit" disabledFocusable={disabled}>
        {t.ok}
      </Button>
      <Button size="small" onClick={onCancel}>
        {t.cancel}
      </Button>
    </div>
  );
}
