import {
  Button,
  Dropdown,
  Label,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LedgerApi } from "../../../excel/api";
import { useMessages } from "../../i18n/context";
import { useMergeStyles } from "./merge.styles";
import { FailedBar } from "./FailedBar";
import { SectionHeading } from "./SectionHeading";
import { useDistribute } from "./use-distribute";

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
  const { state, send } = useDistribute(api);
  const writing = state.phase === "writing";

  return (
    <section className={styles.root} aria-labelledby="taizhang-distribute-heading">
      <SectionHeading id="taizhang-distribute-heading" title={t.distributeHeading} hint={t.distributeHint} />
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
      {state.phase === "done" && !state.sealed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.distributeUnsealed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "failed" ? (
        <FailedBar title={t.distributeFailedTitle} message={state.message} nextStep={state.nextStep} />
      ) : null}
    </section>
  );
}
