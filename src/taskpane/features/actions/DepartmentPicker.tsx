import { Dropdown, Label, Option, Spinner, useId } from "@fluentui/react-components";
import { useMessages } from "../../i18n/context";
import type { CommandKind } from "../../state/types";
import { useActionStyles } from "./actions.styles";

/** Option value for 全部部门 (no department is called this). */
const ALL = "\u0000all";

interface DepartmentPickerProps {
  departments: readonly string[];
  selected: string | null;
  busy: CommandKind | null;
  onSelect: (department: string | null) => void;
}

/**
 * Filters the ledger to one department; 全部部门 clears the filter. Disabled while another command runs; while
 * its own filter runs it stays focusable (selections then are ignored by the one-command-at-a-time rule).
 */
export default function DepartmentPicker({
  departments,
  selected,
  busy,
  onSelect,
}: DepartmentPickerProps): React.JSX.Element {
  const t = useMessages();
  const styles = useActionStyles();
  const labelId = useId("department-label");
  const running = busy === "filter";
  return (
    <div className={styles.picker}>
      <Label id={labelId}>{t.departmentLabel}</Label>
      <div className={styles.pickerRow} aria-busy={running}>
        <Dropdown
          className={styles.dropdown}
          aria-labelledby={labelId}
          // The option list stays inside the pane's <main> landmark (a portal would leave it outside any landmark).
          inlinePopup
          value={selected ?? t.allDepartments}
          selectedOptions={[selected ?? ALL]}
          disabled={busy !== null && !running}
          onOptionSelect={(_, data) => {
            const value = data.optionValue ?? ALL;
            const next = value === ALL ? null : value;
            if (next !== selected) onSelect(next);
          }}
        >
          <Option value={ALL}>{t.allDepartments}</Option>
          {departments.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
        {running ? <Spinner size="tiny" aria-label={t.busy} /> : null}
      </div>
    </div>
  );
}
