import { createContext, useContext, type ReactNode } from "react";

/** Whether the pane follows Office's dark theme (for the few colours that come from the workbook, not tokens). */
const DarkThemeContext = createContext(false);

export function DarkThemeProvider({
  dark,
  children,
}: {
  dark: boolean;
  children: ReactNode;
}): React.JSX.Element {
  return <DarkThemeContext.Provider value={dark}>{children}</DarkThemeContext.Provider>;
}

export function useDarkTheme(): boolean {
  return useContext(DarkThemeContext);
}
