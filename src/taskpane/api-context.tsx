import { createContext, useContext, type ReactNode } from "react";
import type { LedgerApi } from "../excel/api";

const LedgerApiContext = createContext<LedgerApi | null>(null);

export function LedgerApiProvider({
  api,
  children,
}: {
  api: LedgerApi;
  children: ReactNode;
}): React.JSX.Element {
  return <LedgerApiContext.Provider value={api}>{children}</LedgerApiContext.Provider>;
}

/** The workbook, as the pane sees it. Only components under LedgerApiProvider may call this. */
export function useLedgerApi(): LedgerApi {
  const api = useContext(LedgerApiContext);
  if (api === null) throw new Error("useLedgerApi outside LedgerApiProvider");
  return api;
}
