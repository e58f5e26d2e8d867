import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useMessages } from "../i18n/context";

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/** Catches a rendering error (or a lazy chunk that failed to load) so the pane is never blank. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("[taizhang] the task pane crashed", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <CrashMessage onRetry={() => this.setState({ failed: false })} />
    ) : (
      this.props.children
    );
  }
}

function CrashMessage({ onRetry }: { onRetry: () => void }): React.JSX.Element {
  const t = useMessages();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.crashTitle}</MessageBarTitle>
        {t.crashNextStep}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {t.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
