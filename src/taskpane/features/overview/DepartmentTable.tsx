import type { StatusCount } from "../../../core/overview/types";
import { percent } from "../../i18n/messages";
import { useMessages } from "../../i18n/context";
import type { DepartmentBar } from "./bars";
import { useOverviewStyles } from "./overview.styles";

interface DepartmentTableProps {
  bars: readonly DepartmentBar[];
  statuses: readonly StatusCount[];
}

/** The chart's numbers as a table: items, items per status, 逾期 and completion rate per department. */
export function DepartmentTable({ bars, statuses }: DepartmentTableProps): React.JSX.Element {
  const t = useMessages();
  const styles = useOverviewStyles();
  const hasOther = bars.some((bar) => bar.segments.some((s) => s.tone === "invalid"));
  const countOf = (bar: DepartmentBar, status: string): number =>
    bar.segments.find((s) => s.status === status)?.count ?? 0;
  return (
    <div className={styles.tableWrap} role="region" aria-label={t.tableCaption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.departmentColumn}</th>
            <th scope="col">{t.totalColumn}</th>
            {statuses.map((status) => (
              <th scope="col" key={status.name}>
                {status.name}
              </th>
            ))}
            {hasOther ? <th scope="col">{t.invalidOrBlankStatus}</th> : null}
            <th scope="col">{t.overdueColumn}</th>
            <th scope="col">{t.rateColumn}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.name}>
              <th scope="row">{bar.name}</th>
              <td>{bar.total}</td>
              {statuses.map((status) => (
                <td key={status.name}>{countOf(bar, status.name)}</td>
              ))}
              {hasOther ? <td>{countOf(bar, "")}</td> : null}
              <td>{bar.overdue}</td>
              <td>{percent(bar.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
