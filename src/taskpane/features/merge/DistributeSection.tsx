import {
  Button,
  Dropdown,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Subtitle1,
  Text,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LedgerApi } from "../../../excel/api";
import { useMessages } from "../../i18n/context";
import { toPaneError } from "../../state/pane-error";
import { logError } from "../../state/use-pane-state";
import { useMergeStyles } from "./merge.styles";

type DistributeState =
  | { phase: "idle" }
  | { phase: "writing"; department: string }
  | { phase: "done"; fileName: string; items: number }
  | { phase: "failed"; message: string; nextStep: string | null };

/**
 * 分发部门副本: a department's copy of the open ledger, generated in the browser and downloaded (the same file
 * `taizhang workbook --for` writes). Loaded lazily; the writer (ExcelJS) in a further chunk on first use.
 */
export default function DistributeSection({
  api,
  departments,
}: {
  api: LedgerApi;
  departments: readonly string[];
}): React.JSX.Element {
  const t = useMessages();
  const styles = useMergeStyles();
  const labelId = useId("distribute-label");
  const [department, setDepartment] = useState<string | null>(null);
  const [state, setState] = useState<DistributeState>({ phase: "idle" });
  const writing = state.phase === "writing";

  async function send(name: string): Promise<void> {
    setState({ phase: "writing", department: name });
    try {
      const { departmentCopy, download } = await import(
        /* webpackChunkName: "copy-writer" */ "./department-copy"
      );
      const copy = await departmentCopy(api, name);
      if (!copy.ok) {
        setState({ phase: "failed", message: copy.message, nextStep: null });
        return;
      }
      download(copy.fileName, copy.bytes);
      setState({ phase: "done", fileName: copy.fileName, items: copy.items });
    } catch (thrown) {
      logError("distribute", thrown);
      const error = toPaneError("merge", thrown);
      setState({ phase: "failed", message: error.message ?? t.unexpectedError, nextStep: error.nextStep });
    }
  }

  return (
    <section className={styles.root} aria-labelledby="taizhang-distribute-heading">
      <Subtitle1 as="h2" id="taizhang-distribute-heading" className={styles.heading}>
        {t.distributeHeading}
      </Subtitle1>
      <Text size={200} className={styles.hint}>
        {t.distributeHint}
      </Text>
      <Label id={labelId}>{t.distributeDepartment}</Label>
      <div className={styles.buttons}>
        <Dropdown
          className={styles.dropdown}
          aria-labelledby={labelId}
          inlinePopup
          placeholder={t.distributeChoose}
          value={department ?? ""}
          selectedOptions={department ? [department] : []}
          onOptionSelect={(_, data) => setDepartment(data.optionValue ?? null)}
        >
          {departments.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
        <Button
          appearance="secondary"
          disabledFocusable={department === null || writing}
          icon={writing ? <Spinner size="extra-tiny" aria-label={t.busy} /> : undefined}
          onClick={() => department && void send(department)}
        >
          {t.distributeDownload}
        </Button>
      </div>
      {state.phase === "done" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.distributeDone(state.fileName, state.items)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.distributeFailedTitle}</MessageBarTitle>
            {state.message}
            {state.nextStep ? ` ${state.nextStep}` : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
