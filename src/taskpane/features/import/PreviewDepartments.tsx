import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { probableAliases } from "../../../core/plan/aliases";
import type { Department } from "../../../core/plan/types";
import { EditorButtons } from "./EditorButtons";
import type { ImportText } from "./import-text";
import { useImportStyles } from "./import.styles";

export interface PreviewDepartmentsProps {
  text: ImportText;
  departments: readonly Department[];
  /** Renames `from` to `to` in every task (merging it into `to` when that department exists). */
  onRename(from: string, to: string): void;
}

/** The preview's departments: names that may be one department (merge with a click), each one renamable. */
export function PreviewDepartments({
  text: t,
  departments,
  onRename,
}: PreviewDepartmentsProps): React.JSX.Element {
  const styles = useImportStyles();
  const aliases = probableAliases(departments);
  return (
    <section aria-labelledby="taizhang-preview-departments">
      <Subtitle2 as="h4" id="taizhang-preview-departments" className={styles.subheading}>
        {t.departmentsHeading(departments.length)}
      </Subtitle2>
      {aliases.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.aliasesHeading}
            <ul className={styles.issues}>
              {aliases.map(([short, long]) => (
                <li key={`${short}/${long}`}>
                  {t.alias(short, long)}{" "}
                  <Button size="small" onClick={() => onRename(short, long)}>
                    {t.mergeAlias(short, long)}
                  </Button>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list}>
        {departments.map((d) => (
          <DepartmentRow
            key={d.name}
            text={t}
            department={d}
            others={departments}
            onRename={(to) => onRename(d.name, to)}
          />
        ))}
      </ul>
    </section>
  );
}

function DepartmentRow({
  text: t,
  department,
  others,
  onRename,
}: {
  text: ImportText;
  department: Department;
  others: readonly Department[];
  onRename(to: string): void;
}): React.JSX.Element {
  const styles = useImportStyles();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(department.name);
  const target = value.trim();
  const merging = target !== department.name && others.some((d) => d.name === target);
  const save = () => {
    onRename(target);
    setEditing(false);
  };
  return (
    <li className={styles.editor}>
      <div className={styles.department}>
        <Text>{department.name}</Text>
        <Badge appearance="tint" color={department.kind === "unit" ? "brand" : "informative"}>
          {department.kind === "unit" ? t.unit : t.placeholder}
        </Badge>
        {!editing ? (
          <Button
            size="small"
            appearance="subtle"
            aria-label={t.renameButton(department.name)}
            onClick={() => {
              setValue(department.name);
              setEditing(true);
            }}
          >
            {t.renameButton(department.name).replace(/“.*”/, "")}
          </Button>
        ) : null}
      </div>
      {editing ? (
        <form
          className={styles.editor}
          onSubmit={(event) => {
            event.preventDefault();
            if (target !== "") save();
          }}
        >
          <Field label={t.renameLabel(department.name)} hint={merging ? t.mergeInto(target) : t.renameHint}>
            <Input value={value} onChange={(_, data) => setValue(data.value)} />
          </Field>
          <EditorButtons t={t} onCancel={() => setEditing(false)} disabled={target === ""} />
        </form>
      ) : null}
    </li>
  );
}
