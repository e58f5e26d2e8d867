/**
 * What a merge adds to the rounds: each department's copy recorded as returned in its round (and whether
 * late), and each cell the merge changed written to 进展记录 (old → new, from which copy). The one place the
 * merge orchestration calls (src/xlsx/merge/merge-files.ts); pure.
 */
import { sameValue } from "../merge/values";
import { MergeResult } from "../merge/types";
import { openRound, recordReturns } from "./operations";
import { HistoryEntry, RoundsState } from "./types";

/** A returned copy as the merge saw it: its file, department, round (from its baseline) and when it came back. */
export interface MergedCopy {
  file: string;
  department: string | null;
  round: string | null;
  returnedAt: string;
}

export function recordMerge(
  state: RoundsState,
  result: MergeResult,
  copies: readonly MergedCopy[],
  at: string,
): RoundsState {
  if (state.rounds.length === 0) return state;
  const withReturns = recordReturns(
    state,
    copies.map((c) => ({ department: c.department, round: c.round, returnedAt: c.returnedAt, file: c.file })),
  );
  const open = openRound(state);
  const changes: HistoryEntry[] = result.report.events.flatMap((e): HistoryEntry[] => {
    const copy = result.report.copies[e.copy];
    const from = copies[e.copy];
    if (e.outcome !== "taken" || e.no === null || sameValue(e.before, e.after)) return [];
    const round = state.rounds.find((r) => r.name === from?.round)?.name ?? open?.name;
    if (!round) return [];
    return [
      {
        kind: "change",
        round,
        date: (from?.returnedAt ?? at).slice(0, 10),
        no: e.no,
        department: copy?.department ?? from?.department ?? "",
        field: e.field,
        before: e.before,
        after: e.after,
        file: copy?.name ?? from?.file ?? "",
      },
    ];
  });
  return { ...withReturns, history: [...withReturns.history, ...changes] };
}
