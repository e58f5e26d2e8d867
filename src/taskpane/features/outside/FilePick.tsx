import { Button, Text } from "@fluentui/react-components";
import { useRef } from "react";
import { useMergeStyles } from "../merge/merge.styles";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A button that opens the file chooser for .xlsx files (the input itself is hidden, named by `label`), and
 * the names chosen. The files are read in the browser later, never uploaded.
 */
export function FilePick({
  label,
  button,
  multiple = false,
  chosen,
  disabled,
  primary = false,
  onChoose,
}: {
  label: string;
  button: string;
  multiple?: boolean;
  /** Text naming the files chosen, or null. */
  chosen: string | null;
  disabled: boolean;
  primary?: boolean;
  onChoose(files: File[]): void;
}): React.JSX.Element {
  const styles = useMergeStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.buttons}>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept={XLSX_ACCEPT}
        aria-label={label}
        hidden
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = ""; // the same file can be chosen again
          if (files.length > 0) onChoose(files);
        }}
      />
      <Button
        appearance={primary ? "primary" : "secondary"}
        disabledFocusable={disabled}
        onClick={() => input.current?.click()}
      >
        {button}
      </Button>
      {chosen ? <Text className={styles.copyHeading}>{chosen}</Text> : null}
    </div>
  );
}
