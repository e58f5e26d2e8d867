import { Subtitle2, Text } from "@fluentui/react-components";
import { copyLabel } from "../../../core/merge/merge";
import { conflictLine, eventLine, eventsByOutcome, totals } from "../../../core/merge/report-text";
import { MERGE_OUTCOMES, type MergeReport } from "../../../core/merge/types";
import { useMessages } from "../../i18n/context";
import { useMergeStyles } from "./merge.styles";
import { PANE_MERGE_HINTS } from "./pane-hints";

/** Notes about the whole merge or one copy (nothing when there are none). */
function Notes({ notes }: { notes: readonly string[] }): React.JSX.Element | null {
  const t = useMessages();
  const styles = useMergeStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t.mergeNotes}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/**
 * The merge report, before (and after) writing: a summary, then per copy its counts, notes and the cells by
 * outcome (rejected and conflicting cells open, taken and skipped ones folded), then all conflicts.
 */
export function MergeReportView({ report }: { report: MergeReport }): React.JSX.Element {
  const t = useMessages();
  const styles = useMergeStyles();
  return (
    <div className={styles.report}>
      <Text weight="semibold">
        {t.mergeSummary(report.copies.length, totals(report), report.conflicts.length)}
      </Text>
      <Notes notes={report.notes} />
      {report.copies.map((copy, index) => {
        const events = eventsByOutcome(report, index);
        const headingId = `taizhang-merge-copy-${index}`;
        return (
          <section key={`${copy.name}-${index}`} className={styles.copy} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId} className={styles.copyHeading}>
              {copyLabel(copy)}
            </Subtitle2>
            <Text size={200} className={styles.counts}>
              {t.mergeCounts(copy.counts)}
            </Text>
            <Notes notes={copy.notes} />
            {MERGE_OUTCOMES.filter((o) => events[o].length > 0).map((outcome) => (
              <details
                key={outcome}
                className={styles.details}
                open={outcome === "rejected" || outcome === "conflict"}
              >
                <summary>{t.mergeOutcome(outcome, events[outcome].length)}</summary>
                <ul className={styles.list}>
                  {events[outcome].map((e, i) => (
                    <li key={`${e.no ?? "row"}-${e.field}-${e.sheetRow ?? i}-${i}`}>
                      {eventLine(e, PANE_MERGE_HINTS)}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </section>
        );
      })}
      {report.conflicts.length > 0 ? (
        <section className={styles.copy} aria-labelledby="taizhang-merge-conflicts">
          <Subtitle2 as="h3" id="taizhang-merge-conflicts" className={styles.copyHeading}>
            {t.mergeConflictsHeading(report.conflicts.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {report.conflicts.map((k) => (
              <li key={`${k.no}-${k.field}`}>{conflictLine(report, k, PANE_MERGE_HINTS)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
