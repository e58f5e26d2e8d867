/** The 自检 dialog: start the self-check, read the report, copy it (a lazily loaded chunk). */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { runSelfCheck } from "../../../excel/self-check";
import type { SelfCheckReport } from "../../../excel/self-check/types";
import { useLocale } from "../../i18n/context";
import { selfCheckText } from "./self-check-text";
import { useSelfCheckStyles } from "./self-check.styles";
import { useSelfCheck } from "./use-self-check";

const defaultRun = (): Promise<SelfCheckReport> => runSelfCheck();

export interface SelfCheckDialogProps {
  open: boolean;
  onClose: () => void;
  /** The self-check to run (tests); default: runSelfCheck on the open workbook. */
  run?: () => Promise<SelfCheckReport>;
}

export default function SelfCheckDialog({ open, onClose, run = defaultRun }: SelfCheckDialogProps) {
  const t = selfCheckText[useLocale()];
  const styles = useSelfCheckStyles();
  const { state, copy, area, start, copyReport } = useSelfCheck(run);
  const running = state.status === "running";
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t.intro}</Text>
            <div className={styles.row}>
              <Button appearance="primary" disabled={running} onClick={() => void start()}>
                {state.status === "done" ? t.again : t.start}
              </Button>
              {running ? <Spinner size="tiny" labelPosition="after" label={t.running} /> : null}
            </div>
            {state.status === "error" ? (
              <MessageBar intent="error">
                <MessageBarBody>{t.failedToRun(state.message)}</MessageBarBody>
              </MessageBar>
            ) : null}
            {state.status === "done" ? (
              <>
                <Text role="status" weight="semibold">
                  {t.summary(state.counts.passed, state.counts.failed, state.counts.skipped)}
                </Text>
                <Field label={t.reportLabel}>
                  <Textarea
                    ref={area}
                    className={styles.report}
                    readOnly
                    resize="vertical"
                    rows={12}
                    value={state.text}
                  />
                </Field>
                <div className={styles.row}>
                  <Button onClick={() => void copyReport()}>{t.copy}</Button>
                  <Text role="status">
                    {copy === "copied" ? t.copied : copy === "failed" ? t.copyFailed : ""}
                  </Text>
                </div>
              </>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t.close}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
