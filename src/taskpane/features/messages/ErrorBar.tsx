import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMessages } from "../../i18n/context";
import type { PaneError } from "../../state/types";
import { DismissButton } from "./DismissButton";
import { useMessageStyles } from "./messages.styles";

/** An error in plain language with the next step; "unsupported" is a warning (the ledger still works). */
export function ErrorBar({
  error,
  onDismiss,
}: {
  error: PaneError;
  onDismiss: () => void;
}): React.JSX.Element {
  const t = useMessages();
  const styles = useMessageStyles();
  return (
    <MessageBar
      className={styles.bar}
      intent={error.code === "unsupported" ? "warning" : "error"}
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle(error.code)}</MessageBarTitle>
        {error.message ?? t.unexpectedError}
        <span className={styles.nextStep}>{error.nextStep ?? t.unexpectedNextStep}</span>
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />} />
    </MessageBar>
  );
}
