import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { LedgerApi } from "../../../excel/api";
import { useMessages } from "../../i18n/context";
import type { CommandKind } from "../../state/types";
import type { RunCommand } from "../../state/use-pane-state";
import { CommandButton } from "../actions/CommandButton";
import { useMergeStyles } from "./merge.styles";
import { FailedBar } from "./FailedBar";
import { SectionHeading } from "./SectionHeading";
import { MergeReportView } from "./MergeReportView";
import { useMerge } from "./use-merge";

export interface MergeSectionProps {
  api: LedgerApi;
  run: RunCommand;
  busy: CommandKind | null;
  /** After the merged cells were written (the pane re-reads the overview). */
  onWritten: () => void;
}

/**
 * 合并回收表: choose returned copies (read in the browser, never uploaded), see what the merge would do, and
 * write it only on confirmation. Loaded lazily: ExcelJS comes in a further chunk only once files are chosen.
 */
export default function MergeSection({ api, run, busy, onWritten }: MergeSectionProps): React.JSX.Element {
  const t = useMessages();
  const styles = useMergeStyles();
  const input = useRef<HTMLInputElement>(null);
  const merge = useMerge(api, run, onWritten);
  const { state } = merge;
  const reading = state.phase === "reading";
  return (
    <section className={styles.root} aria-labelledby="taizhang-merge-heading">
      <SectionHeading id="taizhang-merge-heading" title={t.mergeHeading} hint={t.mergeHint} />
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.xls,.et,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.mergeFileLabel}
        hidden
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = ""; // the same file can be chosen again
          void merge.choose(files);
        }}
      />
      {state.phase !== "preview" ? (
        <Button
          className={styles.pick}
          disabledFocusable={reading || busy !== null}
          onClick={() => input.current?.click()}
        >
          {t.mergePick}
        </Button>
      ) : null}
      {reading ? <Spinner size="tiny" labelPosition="after" label={t.mergeReading(state.files)} /> : null}
      {state.phase === "refused" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.mergeRefusedTitle}</MessageBarTitle>
            <ul className={styles.problems}>
              {state.problems.map((p, i) => (
                <li key={`${p.file}-${i}`}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "failed" ? (
        <FailedBar
          title={t.mergeFailedTitle}
          message={state.error.message ?? t.unexpectedError}
          nextStep={state.error.nextStep ?? t.unexpectedNextStep}
        />
      ) : null}
      {state.phase === "preview" || state.phase === "written" ? (
        <>
          <MergeReportView report={state.preview.result.report} />
          <div className={styles.buttons}>
            {state.phase === "preview" && state.preview.changes.length > 0 ? (
              <CommandButton
                command="merge"
                busy={busy}
                primary
                label={t.mergeConfirm(state.preview.changes.length)}
                busyLabel={t.busy}
                onClick={() => void merge.confirm()}
              />
            ) : null}
            {state.phase === "preview" && state.preview.changes.length === 0 ? (
              <Text>{t.mergeNothingToWrite}</Text>
            ) : null}
            <Button disabledFocusable={busy === "merge"} onClick={merge.reset}>
              {state.phase === "preview" ? t.mergeCancel : t.mergeClose}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
