import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** What failed, why, and the next step (分发 and 合并 alike). */
export function FailedBar({
  title,
  message,
  nextStep,
}: {
  title: string;
  message: string;
  nextStep: string | null;
}): React.JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {nextStep ? ` ${nextStep}` : ""}
      </MessageBarBody>
    </MessageBar>
  );
}
