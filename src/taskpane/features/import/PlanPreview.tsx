import { Button, MessageBar, MessageBarBody, Subtitle2, Text, Title3 } from "@fluentui/react-components";
import { formatIssue } from "../../../core/plan/issues";
import type { Assignment } from "../../../core/plan/types";
import { CommandButton } from "../actions/CommandButton";
import type { CommandKind } from "../../state/types";
import { pendingItems, type PlanDraft } from "./draft";
import type { ImportText } from "./import-text";
import { useImportStyles } from "./import.styles";
import { PreviewDepartments } from "./PreviewDepartments";
import { PreviewTasks } from "./PreviewTasks";
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

      <PreviewDepartments text={t} departments={plan.departments} onRename={props.onRename} />
      <PreviewTasks text={t} items={plan.items} onSetTask={props.onSetTask} />

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
