import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { CurrentPlan, LedgerApi } from "../../../excel/api";
import { useLocale } from "../../i18n/context";
import type { CommandKind } from "../../state/types";
import { importText } from "./import-text";
import { useImportStyles } from "./import.styles";
import { PlanPreview } from "./PlanPreview";
import { useImport, type ImportTarget } from "./use-import";

export interface ImportSectionProps {
  /** The open workbook (in Excel), or a downloaded .xlsx (outside Office). */
  target: ImportTarget;
  /** The pane's running command (in Excel). */
  busy: CommandKind | null;
  /** Whether the workbook already has a ledger (生成台账 then updates it to the imported plan). */
  hasLedger: boolean;
}

/**
 * 导入计划: a plan file or pasted text, read in the browser by the same reader as the command line; a preview
 * to check and correct (a task's departments, renamed or merged departments); 生成台账 writes it.
 */
export default function ImportSection({ target, busy, hasLedger }: ImportSectionProps): React.JSX.Element {
  const t = importText[useLocale()];
  const styles = useImportStyles();
  const input = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState("");
  const flow = useImport(target);
  const { state } = flow;
  const toFile = target.kind === "file";
  const current = useCurrentPlan(target.kind === "workbook" ? target.api : null, state.phase === "written");
  const choosing = state.phase === "idle" || state.phase === "reading" || state.phase === "failed";
  return (
    <section className={styles.root} aria-labelledby="taizhang-import-heading">
      <Subtitle1 as="h2" id="taizhang-import-heading" className={styles.heading}>
        {t.heading}
      </Subtitle1>
      <input
        ref={input}
        type="file"
        accept=".docx,.txt,.xlsx,.json,.doc,.wps,.odt,.xls,.et,.ods,text/plain,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.fileLabel}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ""; // the same file can be chosen again
          if (file) void flow.chooseFile(file);
        }}
      />
      {current ? (
        current.issues.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t.currentDamaged} {current.issues.map((i) => i.message).join(" ")}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Text size={200}>
            {current.source === "bundled"
              ? t.currentSample(current.plan.title)
              : t.currentFromWorkbook(current.plan.title)}
          </Text>
        )
      ) : null}
      {choosing ? (
        <>
          <Text size={200} className={styles.hint}>
            {toFile ? t.hintFile : t.hint}
          </Text>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabledFocusable={state.phase === "reading"}
              onClick={() => input.current?.click()}
            >
              {t.chooseFile}
            </Button>
            <Button disabledFocusable={state.phase === "reading"} onClick={flow.sample}>
              {t.sample}
            </Button>
          </div>
          <Field label={t.pasteLabel}>
            <Textarea
              className={styles.paste}
              resize="vertical"
              placeholder={t.pastePlaceholder}
              value={pasted}
              onChange={(_, data) => setPasted(data.value)}
            />
          </Field>
          <div className={styles.buttons}>
            <Button
              disabledFocusable={state.phase === "reading" || pasted.trim() === ""}
              onClick={() => void flow.paste(pasted)}
            >
              {t.readPaste}
            </Button>
          </div>
        </>
      ) : null}
      {state.phase === "reading" ? <Spinner size="tiny" labelPosition="after" label={t.reading} /> : null}
      {state.phase === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "written" ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {state.fileName ? t.writtenFile(state.fileName) : t.written(state.draft.plan.title)}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.buttons}>
            <Button onClick={flow.reset}>{t.importAnother}</Button>
          </div>
        </>
      ) : null}
      {state.phase === "preview" ? (
        <PlanPreview
          text={t}
          draft={state.draft}
          source={state.source}
          busy={toFile ? flow.busy : busy}
          writeLabel={toFile ? t.writeFile : t.write}
          hasLedger={hasLedger}
          onSetTask={flow.setTask}
          onRename={flow.rename}
          onWrite={() => void flow.write()}
          onDiscard={flow.reset}
        />
      ) : null}
    </section>
  );
}

/** The plan the workbook follows now (read again after a plan was written); null while reading or unreadable. */
function useCurrentPlan(api: LedgerApi | null, written: boolean): CurrentPlan | null {
  const [current, setCurrent] = useState<CurrentPlan | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.loadPlan().then(
      (plan) => live && setCurrent(plan),
      () => live && setCurrent(null), // the pane's other reads say what is wrong with the workbook
    );
    return () => {
      live = false;
    };
  }, [api, written]);
  return current;
}
