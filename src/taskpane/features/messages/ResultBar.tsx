import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMessages } from "../../i18n/context";
import type { CommandResult } from "../../state/types";
import { DismissButton } from "./DismissButton";
import { useMessageStyles } from "./messages.styles";
import { resultIntent, resultText, resultTitle } from "./result-text";

/** Says what the last command changed. */
export function ResultBar({
  result,
  onDismiss,
}: {
  result: CommandResult;
  onDismiss: () => void;
}): React.JSX.Element {
  const t = useMessages();
  const styles = useMessageStyles();
  return (
    <MessageBar className={styles.bar} intent={resultIntent(result)} layout="multiline" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{resultTitle(t, result)}</MessageBarTitle>
        {resultText(t, result)}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />} />
    </MessageBar>
  );
}
