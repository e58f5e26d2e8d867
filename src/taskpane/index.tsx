/**
 * Minimal task pane shell. The real pane (import plan, build ledger, track progress) replaces the body later.
 */
import { FluentProvider, Text, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function App(): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, minHeight: "100vh" }}>
      <Title2 as="h1">台账</Title2>
      <br />
      <Text>把工作要点变成可跟踪的工作台账。</Text>
    </FluentProvider>
  );
}

function mount(): void {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App />);
}

// Render inside Office once it is ready; in a plain browser (no Office host) office.js still resolves onReady.
if (typeof Office !== "undefined") {
  Office.onReady(() => mount());
} else {
  mount();
}
