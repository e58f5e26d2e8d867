import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
} from "@fluentui/react-components";
import { useLocale } from "../../i18n/context";
import { useMergeStyles } from "../merge/merge.styles";
import { MergeReportView } from "../merge/MergeReportView";
import { FilePick } from "./FilePick";
import { outsideText } from "./outside-text";
import { useOutsideMerge } from "./use-outside-merge";

/**
 * 合并 on the web page: the master ledger and the returned copies chosen as files, merged in the browser as
 * `taizhang merge` merges them; the merged ledger downloaded as a new file and the merge report shown here.
 * Loaded lazily; the merge (ExcelJS) in a further chunk on first use.
 */
export default function OutsideMerge(): React.JSX.Element {
  const t = outsideText[useLocale()];
  const styles = useMergeStyles();
  const flow = useOutsideMerge(t.unreadable);
  const { result } = flow;
  const merging = result?.phase === "merging";
  return (
    <section className={styles.root} aria-labelledby="taizhang-web-merge-heading">
      <Subtitle1 as="h2" id="taizhang-web-merge-heading" className={styles.heading}>
        {t.mergeHeading}
      </Subtitle1>
      <Text size={200} className={styles.hint}>
        {t.mergeHint}
      </Text>
      <FilePick
        label={t.masterLabel}
        button={t.chooseMaster}
        chosen={flow.master ? t.chosen([flow.master.name]) : null}
        disabled={merging}
        onChoose={([file]) => flow.chooseMaster(file)}
      />
      <FilePick
        label={t.copiesLabel}
        button={t.chooseCopies}
        multiple
        chosen={flow.copies.length > 0 ? t.chosen(flow.copies.map((f) => f.name)) : null}
        disabled={merging}
        onChoose={flow.chooseCopies}
      />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={merging || flow.master === null || flow.copies.length === 0}
          icon={merging ? <Spinner size="extra-tiny" aria-label={t.merging} /> : undefined}
          onClick={() => void flow.merge()}
        >
          {t.mergeDownload}
        </Button>
      </div>
      {result?.phase === "refused" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.mergeRefused}</MessageBarTitle>
            <ul className={styles.problems}>
              {result.problems.map((p, i) => (
                <li key={`${p.file}-${i}`}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.phase === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.mergeFailed}</MessageBarTitle>
            {result.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.phase === "done" ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t.mergedDone(result.fileName)}</MessageBarBody>
          </MessageBar>
          <MergeReportView report={result.report} />
        </>
      ) : null}
    </section>
  );
}
