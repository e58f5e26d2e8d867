/** State of 分发 on the web page: a ledger file chosen, its copies made in the browser and downloaded as a .zip. */
import { useCallback, useState } from "react";
import { logError } from "../../state/use-pane-state";
import { readBytes } from "../merge/read-bytes";

export type OutsideDistributeState =
  | { phase: "idle" }
  | { phase: "chosen"; file: File }
  | { phase: "making"; file: File }
  | {
      phase: "done";
      file: File;
      fileName: string;
      copies: { department: string; items: number }[];
      undistributed: number[];
      sealed: boolean;
    }
  | { phase: "failed"; file: File; message: string };

// ExcelJS and jszip come with this chunk, only when someone makes copies.
const maker = () => import(/* webpackChunkName: "web-copies" */ "./copies-zip");

export function useOutsideDistribute(unreadable: (name: string) => string): {
  state: OutsideDistributeState;
  choose(file: File): void;
  make(): Promise<void>;
} {
  const [state, setState] = useState<OutsideDistributeState>({ phase: "idle" });
  const choose = useCallback((file: File) => setState({ phase: "chosen", file }), []);
  const make = useCallback(async () => {
    if (state.phase === "idle" || state.phase === "making") return;
    const { file } = state;
    setState({ phase: "making", file });
    try {
      const { copiesZip, download, ZIP_TYPE } = await maker();
      const made = await copiesZip(file.name, new Uint8Array(await readBytes(file)));
      if (!made.ok) {
        setState({ phase: "failed", file, message: made.message });
        return;
      }
      download(made.fileName, made.bytes, document, ZIP_TYPE);
      setState({
        phase: "done",
        file,
        fileName: made.fileName,
        copies: made.copies,
        undistributed: made.undistributed,
        sealed: made.sealed,
      });
    } catch (thrown) {
      logError("distribute", thrown);
      setState({ phase: "failed", file, message: unreadable(file.name) });
    }
  }, [state, unreadable]);
  return { state, choose, make };
}
