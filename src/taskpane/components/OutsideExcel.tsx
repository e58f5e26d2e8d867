import { MessageBar, MessageBarBody, MessageBarTitle, Title3 } from "@fluentui/react-components";
import { useMessages } from "../i18n/context";
import type { OutsideReason } from "../i18n/messages";
import { usePaneStyles } from "./pane.styles";

/** Shown when the page is not running inside Excel: why, and how to load the add-in. */
export function OutsideExcel({
  reason,
  host,
}: {
  reason: OutsideReason;
  host: string | null;
}): React.JSX.Element {
  const t = useMessages();
  const styles = usePaneStyles();
  return (
    <main className={styles.main} aria-label={t.appLabel}>
      <Title3 as="h1">{t.defaultTitle}</Title3>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.outsideTitle}</MessageBarTitle>
          {t.outsideReason(reason, host)}
          <ul className={styles.list}>
            <li>{t.outsideWeb}</li>
            <li>{t.outsideDesktop}</li>
          </ul>
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
