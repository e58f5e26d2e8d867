import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CommandFailure } from "../../../commands/refresh-summary";
import { useMessages } from "../../i18n/context";
import { DismissButton } from "./DismissButton";
import { useMessageStyles } from "./messages.styles";

/** The ribbon's last 刷新汇总 failure, as a warning the person can dismiss (which forgets it). */
export function RibbonFailureBar({
  failure,
  onDismiss,
}: {
  failure: CommandFailure;
  onDismiss: () => void;
}): React.JSX.Element {
  const t = useMessages();
  const styles = useMessageStyles();
  return (
    <MessageBar className={styles.bar} intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.ribbonFailureTitle}</MessageBarTitle>
        {t.ribbonFailure(failure.message, failure.nextStep)}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />} />
    </MessageBar>
  );
}
