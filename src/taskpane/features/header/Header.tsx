import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  Title3,
} from "@fluentui/react-components";
import type { Overview } from "../../../core/overview/types";
import { useMessages } from "../../i18n/context";
import type { OverviewState } from "../../state/types";
import { useDarkTheme } from "../../theme";
import { segmentPaint } from "../overview/paint";
import { SelfCheckEntry } from "../self-check/SelfCheckEntry";
import { useHeaderStyles } from "./header.styles";

/** The plan's title and overall progress; when there is no ledger yet, says so and points at 生成台账. */
export function Header({ overview }: { overview: OverviewState }): React.JSX.Element {
  const t = useMessages();
  const styles = useHeaderStyles();
  const data = overview.status === "ready" ? overview.overview : null;
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {data?.planTitle || t.defaultTitle}
      </Title3>
      {data?.issuer ? <Caption1 className={styles.issuer}>{data.issuer}</Caption1> : null}
      {overview.status === "loading" ? (
        <Spinner size="tiny" labelPosition="after" label={t.loadingLedger} />
      ) : null}
      {overview.status === "ready" && data === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noLedgerTitle}</MessageBarTitle>
            {t.noLedgerBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {data ? <Progress overview={data} /> : null}
      <SelfCheckEntry />
    </header>
  );
}

function Progress({ overview }: { overview: Overview }): React.JSX.Element {
  const t = useMessages();
  const styles = useHeaderStyles();
  const dark = useDarkTheme();
  const { doneItems, totalItems } = overview;
  return (
    <>
      <ProgressBar
        aria-label={t.progressLabel}
        aria-valuetext={t.progress(doneItems, totalItems)}
        value={totalItems > 0 ? doneItems / totalItems : 0}
        max={1}
        thickness="large"
      />
      <Text weight="semibold">{t.progress(doneItems, totalItems)}</Text>
      <ul className={styles.counts} aria-label={t.statusCounts}>
        {overview.byStatus.map((status) => (
          <li key={status.name} className={styles.count}>
            <span
              className={styles.swatch}
              style={segmentPaint(status.done ? "done" : "open", status.fill, dark)}
              aria-hidden="true"
            />
            <Text size={200}>
              {status.name} {status.count}
            </Text>
          </li>
        ))}
        {overview.invalidStatusItems > 0 ? (
          <li className={styles.count}>
            <span className={styles.swatch} style={segmentPaint("invalid", null, dark)} aria-hidden="true" />
            <Text size={200} className={styles.invalid}>
              {t.invalidStatusItems(overview.invalidStatusItems)}
            </Text>
          </li>
        ) : null}
      </ul>
    </>
  );
}
