import { Button, Field, Input, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Assignment, Item } from "../../../core/plan/types";
import { assignmentsText, parseAssignmentsText } from "./draft";
import { EditorButtons } from "./EditorButtons";
import type { ImportText } from "./import-text";
import { useImportStyles } from "./import.styles";

export interface PreviewTasksProps {
  text: ImportText;
  items: readonly Item[];
  /** A task's departments as corrected in its editor. */
  onSetTask(itemNo: number, assignments: Assignment[]): void;
}

/** The preview's tasks in document order: label, text, departments, deadline; departments editable. */
export function PreviewTasks({ text: t, items, onSetTask }: PreviewTasksProps): React.JSX.Element {
  const styles = useImportStyles();
  const sharedLabels = repeated(items.map((i) => i.label || String(i.no)));
  return (
    <section aria-labelledby="taizhang-preview-tasks">
      <Subtitle2 as="h4" id="taizhang-preview-tasks" className={styles.subheading}>
        {t.tasksHeading(items.length)}
      </Subtitle2>
      <ul className={styles.list}>
        {items.map((item) => (
          <TaskRow
            key={item.no}
            text={t}
            item={item}
            shared={sharedLabels.has(item.label || String(item.no))}
            onSave={(assignments) => onSetTask(item.no, assignments)}
          />
        ))}
      </ul>
    </section>
  );
}

/** Labels that more than one task has (a document that numbers tasks only within a part). */
function repeated(labels: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const l of labels) (seen.has(l) ? twice : seen).add(l);
  return twice;
}

function TaskRow({
  text: t,
  item,
  shared,
  onSave,
}: {
  text: ImportText;
  item: Item;
  /** Another task has the same label: its name then carries the 序号 too. */
  shared: boolean;
  onSave(assignments: Assignment[]): void;
}): React.JSX.Element {
  const styles = useImportStyles();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const shown = item.label || String(item.no);
  const label = shared ? t.labelWithNo(shown, item.no) : shown;
  const departments = assignmentsText(item);
  const save = () => {
    const parsed = parseAssignmentsText(value, item.assignments);
    if (!parsed.ok) {
      setError(t.badRole(parsed.part));
      return;
    }
    onSave(parsed.assignments);
    setEditing(false);
  };
  return (
    <li className={styles.task} aria-label={t.taskLabel(label)}>
      <Text size={200} className={styles.taskText}>
        <Text weight="semibold" size={200}>
          {shown}
        </Text>{" "}
        {item.text}
      </Text>
      {departments !== "" ? (
        <Text size={200}>{departments}</Text>
      ) : (
        <Text size={200} className={styles.pending}>
          {t.noDepartments}
        </Text>
      )}
      {item.deadline ? <Text size={200}>{t.deadline(item.deadline.text)}</Text> : null}
      {editing ? (
        <form
          className={styles.editor}
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <Field
            label={t.editTaskLabel(label)}
            hint={t.editTaskHint}
            validationState={error ? "error" : "none"}
            validationMessage={error ?? undefined}
          >
            <Input value={value} onChange={(_, data) => setValue(data.value)} />
          </Field>
          <EditorButtons t={t} onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <div className={styles.buttons}>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => {
              setValue(departments);
              setError(null);
              setEditing(true);
            }}
          >
            {t.editTask(label)}
          </Button>
        </div>
      )}
    </li>
  );
}
