import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Title3,
} from "@fluentui/react-components";
import { useState } from "react";
import { probableAliases } from "../../../core/plan/aliases";
import { formatIssue } from "../../../core/plan/issues";
import type { Assignment, Department, Item } from "../../../core/plan/types";
import { CommandButton } from "../actions/CommandButton";
import type { CommandKind } from "../../state/types";
import { assignmentsText, parseAssignmentsText, pendingItems, type PlanDraft } from "./draft";
import type { ImportText } from "./import-text";
import { useImportStyles } from "./import.styles";
import type { DraftSource } from "./use-import";

export interface PlanPreviewProps {
  text: ImportText;
  draft: PlanDraft;
  source: DraftSource;
  busy: CommandKind | null;
  /** 生成台账, or 生成并下载台账 outside Office. */
  writeLabel: string;
  hasLedger: boolean;
  onSetTask(itemNo: number, assignments: Assignment[]): void;
  onRename(from: string, to: string): void;
  onWrite(): void;
  onDiscard(): void;
}

/** What will be written, before anything is: the plan's identity, departments, the 待确认 list, every task. */
export function PlanPreview(props: PlanPreviewProps): React.JSX.Element {
  const { text: t, draft, source, busy } = props;
  const styles = useImportStyles();
  const { plan, issues } = draft;
  const units = plan.departments.filter((d) => d.kind === "unit").length;
  const aliases = probableAliases(plan.departments);
  const sharedLabels = repeated(plan.items.map((i) => i.label || String(i.no)));
  const sourceName =
    source.kind === "file" ? source.name : source.kind === "paste" ? t.sourcePaste : t.sourceSample;
  return (
    <section className={styles.preview} aria-labelledby="taizhang-preview-heading">
      <Subtitle2 as="h3" id="taizhang-preview-heading" className={styles.title}>
        {t.previewHeading}
      </Subtitle2>
      <Title3 as="p" className={styles.title}>
        {plan.title || "—"}
      </Title3>
      <Text size={200} className={styles.meta}>
        {[
          t.source(sourceName),
          plan.issuer ? t.issuer(plan.issuer) : "",
          plan.published ? t.published(plan.published) : "",
        ]
          .filter((x) => x !== "")
          .join(" · ")}
      </Text>
      <Text>
        {t.counts(
          plan.items.length,
          plan.sections.length,
          units,
          plan.departments.length - units,
          pendingItems(plan).length,
        )}
      </Text>

      <section aria-labelledby="taizhang-preview-issues">
        <Subtitle2 as="h4" id="taizhang-preview-issues" className={styles.subheading}>
          {t.issuesHeading(issues.length)}
        </Subtitle2>
        {issues.length === 0 ? (
          <Text size={200}>{t.noIssues}</Text>
        ) : (
          <ul className={styles.issues}>
            {issues.map((issue, i) => (
              <li key={`${issue.kind}-${issue.line}-${i}`}>
                <Text size={200}>{formatIssue(issue)}</Text>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="taizhang-preview-departments">
        <Subtitle2 as="h4" id="taizhang-preview-departments" className={styles.subheading}>
          {t.departmentsHeading(plan.departments.length)}
        </Subtitle2>
        {aliases.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t.aliasesHeading}
              <ul className={styles.issues}>
                {aliases.map(([short, long]) => (
                  <li key={`${short}/${long}`}>
                    {t.alias(short, long)}{" "}
                    <Button size="small" onClick={() => props.onRename(short, long)}>
                      {t.mergeAlias(short, long)}
                    </Button>
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <ul className={styles.list}>
          {plan.departments.map((d) => (
            <DepartmentRow
              key={d.name}
              text={t}
              department={d}
              others={plan.departments}
              onRename={(to) => props.onRename(d.name, to)}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="taizhang-preview-tasks">
        <Subtitle2 as="h4" id="taizhang-preview-tasks" className={styles.subheading}>
          {t.tasksHeading(plan.items.length)}
        </Subtitle2>
        <ul className={styles.list}>
          {plan.items.map((item) => (
            <TaskRow
              key={item.no}
              text={t}
              item={item}
              shared={sharedLabels.has(item.label || String(item.no))}
              onSave={(assignments) => props.onSetTask(item.no, assignments)}
            />
          ))}
        </ul>
      </section>

      {props.hasLedger ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.existingLedger}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        <CommandButton
          command="apply"
          busy={busy}
          primary
          label={props.writeLabel}
          busyLabel={t.busy}
          onClick={props.onWrite}
        />
        <Button disabledFocusable={busy === "apply"} onClick={props.onDiscard}>
          {t.discard}
        </Button>
      </div>
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
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" type="submit" disabledFocusable={target === ""}>
              {t.ok}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      ) : null}
    </li>
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
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" type="submit">
              {t.ok}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </div>
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
