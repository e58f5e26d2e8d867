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
import { FilePick } from "./FilePick";
import { outsideText } from "./outside-text";
import { useOutsideDistribute } from "./use-outside-distribute";

/**
 * 分发 on the web page: choose the master ledger (.xlsx), download every department's copy in one .zip —
 * the files `taizhang workbook --from 台账.xlsx --for 全部` writes. Loaded lazily; the writer (ExcelJS) and
 * jszip in a further chunk on first use.
 */
export default function OutsideDistribute(): React.JSX.Element {
  const t = outsideText[useLocale()];
  const styles = useMergeStyles();
  const { state, choose, make } = useOutsideDistribute(t.unreadable);
  const making = state.phase === "making";
  return (
    <section className={styles.root} aria-labelledby="taizhang-web-distribute-heading">
      <Subtitle1 as="h2" id="taizhang-web-distribute-heading" className={styles.heading}>
        {t.distributeHeading}
      </Subtitle1>
      <Text size={200} className={styles.hint}>
        {t.distributeHint}
      </Text>
      <FilePick
        label={t.ledgerLabel}
        button={t.chooseLedger}
        chosen={state.phase === "idle" ? null : t.chosen([state.file.name])}
        disabled={making}
        primary={state.phase === "idle"}
        onChoose={([file]) => choose(file)}
      />
      {state.phase !== "idle" ? (
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabledFocusable={making}
            icon={making ? <Spinner size="extra-tiny" aria-label={t.making} /> : undefined}
            onClick={() => void make()}
          >
            {t.downloadZip}
          </Button>
        </div>
      ) : null}
      {state.phase === "done" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t.zipDone(state.fileName, state.copies.length)}
            <ul className={styles.problems} aria-label={t.distributeHeading}>
              {state.copies.map((c) => (
                <li key={c.department}>{t.copyLine(c.department, c.items)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "done" && state.undistributed.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.undistributed(state.undistributed)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "done" && !state.sealed ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.unsealed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.distributeFailed}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
