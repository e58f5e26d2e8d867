import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { RoundReport } from "../../../core/rounds/reminders";
import type { LedgerApi } from "../../../excel/api";
import { useLocale } from "../../i18n/context";
import { roundText, type RoundText } from "./round-text";
import { useRoundStyles } from "./round.styles";
import { useRound, type RoundCommands, type RoundPanelState } from "./use-round";

/**
 * 本轮: the current reporting round — name, due date, who reported and who has not (with 联系人), 复制催报名单,
 * 结束本轮 — and 开始新一轮 when none is open. Loaded lazily (its own chunk, with the rounds' code).
 */
export default function RoundPanel({
  api,
  onWritten,
  clipboard = globalThis.navigator?.clipboard,
}: {
  api: LedgerApi;
  onWritten: () => void;
  clipboard?: Pick<Clipboard, "writeText">;
}): React.JSX.Element {
  const t = roundText[useLocale()];
  const styles = useRoundStyles();
  const { state, commands } = useRound(api, t, clipboard, onWritten);
  const report = state.report;
  const open = report?.round && report.round.closedAt === null;
  return (
    <section className={styles.root} aria-labelledby="taizhang-round-heading" aria-busy={state.busy !== null}>
      <Subtitle1 as="h2" id="taizhang-round-heading" className={styles.heading}>
        {t.heading}
      </Subtitle1>
      {state.problem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
            {state.problem.message}
            {state.problem.nextStep ? ` ${state.problem.nextStep}` : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.notice ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report === null ? (
        state.busy === "read" ? (
          <Spinner size="small" label={t.loading} />
        ) : null
      ) : report.round ? (
        <CurrentRound report={report} state={state} commands={commands} t={t} />
      ) : (
        <Text className={styles.hint}>{t.none}</Text>
      )}
      {report !== null && !open ? (
        <StartForm busy={state.busy !== null} onStart={commands.start} t={t} />
      ) : null}
    </section>
  );
}

function CurrentRound({
  report,
  state,
  commands,
  t,
}: {
  report: RoundReport;
  state: RoundPanelState;
  commands: RoundCommands;
  t: RoundText;
}): React.JSX.Element | null {
  const styles = useRoundStyles();
  const [confirming, setConfirming] = useState(false);
  const round = report.round;
  if (!round) return null;
  const open = round.closedAt === null;
  return (
    <>
      <dl className={styles.facts}>
        <dt>{t.round}</dt>
        <dd>{round.name}</dd>
        <dt>{t.due}</dt>
        <dd>{round.due}</dd>
        <dt>{t.state}</dt>
        <dd>{round.closedAt ? t.closed(round.closedAt) : t.open(round.startedAt)}</dd>
      </dl>
      <h3 className={styles.subheading} id="taizhang-round-missing">
        {t.missingHeading(report.missing.length)}
      </h3>
      {report.missing.length > 0 ? (
        <ul className={styles.list} aria-labelledby="taizhang-round-missing">
          {report.missing.map((m) => (
            <li key={m.department}>
              {m.department}{" "}
              <span className={styles.contact}>
                {m.contacts.length > 0 ? m.contacts.join("；") : t.noContact}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Text>{t.allReported}</Text>
      )}
      <h3 className={styles.subheading} id="taizhang-round-reported">
        {t.reportedHeading(report.reported.length)}
      </h3>
      {report.reported.length > 0 ? (
        <ul className={styles.list} aria-labelledby="taizhang-round-reported">
          {report.reported.map((r) => (
            <li key={r.department}>
              {r.department} {r.returnedAt.slice(0, 10)}
              {r.late ? <span className={styles.late}> {t.late}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.buttons}>
        {report.missing.length > 0 ? (
          <Button
            appearance="primary"
            disabled={state.busy !== null}
            onClick={() => void commands.copyReminders()}
          >
            {t.copy}
          </Button>
        ) : null}
        {open && !confirming ? (
          <Button disabled={state.busy !== null} onClick={() => setConfirming(true)}>
            {t.close}
          </Button>
        ) : null}
      </div>
      {state.fallbackText !== null ? (
        <Field label={t.copyFallback}>
          <Textarea
            readOnly
            resize="vertical"
            value={state.fallbackText}
            rows={Math.min(8, state.fallbackText.split("\n").length + 1)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Field>
      ) : null}
      {open && confirming ? (
        <div className={styles.confirm} role="group" aria-label={t.close}>
          <Text>{t.confirmClose(round.name)}</Text>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={state.busy !== null}
              onClick={() => void commands.close().then(() => setConfirming(false))}
            >
              {state.busy === "close" ? <Spinner size="tiny" /> : null}
              {t.confirm}
            </Button>
            <Button disabled={state.busy !== null} onClick={() => setConfirming(false)}>
              {t.cancel}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}

function StartForm({
  busy,
  onStart,
  t,
}: {
  busy: boolean;
  onStart: (name: string, due: string) => Promise<boolean>;
  t: RoundText;
}): React.JSX.Element {
  const styles = useRoundStyles();
  const [name, setName] = useState("");
  const [due, setDue] = useState("");
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "" || due === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    void onStart(name, due).then((done) => {
      if (done) setName("");
    });
  };
  return (
    <form className={styles.form} aria-labelledby="taizhang-round-start" onSubmit={submit} noValidate>
      <h3 className={styles.subheading} id="taizhang-round-start">
        {t.startHeading}
      </h3>
      <Field
        label={t.name}
        required
        validationMessage={missing && name.trim() === "" ? t.needNameAndDue : undefined}
      >
        <Input value={name} placeholder={t.namePlaceholder} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field
        label={t.dueLabel}
        required
        validationMessage={missing && due === "" ? t.needNameAndDue : undefined}
      >
        <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t.start}
        </Button>
      </div>
    </form>
  );
}
