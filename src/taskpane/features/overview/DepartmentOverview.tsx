import { Subtitle1, ToggleButton } from "@fluentui/react-components";
import type { Overview } from "../../../core/overview/types";
import { useMessages } from "../../i18n/context";
import { ChartLegend } from "./ChartLegend";
import { DepartmentChart } from "./DepartmentChart";
import { DepartmentTable } from "./DepartmentTable";
import { useOverviewStyles } from "./overview.styles";
import { useOverviewView } from "./use-overview-view";

/** Items by status and completion rate per department (loaded lazily: not needed for the first paint). */
export default function DepartmentOverview({ overview }: { overview: Overview }): React.JSX.Element {
  const t = useMessages();
  const styles = useOverviewStyles();
  const view = useOverviewView(overview);
  return (
    <section className={styles.root} aria-labelledby="taizhang-overview-heading">
      <Subtitle1 as="h2" id="taizhang-overview-heading" className={styles.heading}>
        {t.overviewHeading}
      </Subtitle1>
      <ToggleButton
        className={styles.toggle}
        size="small"
        checked={view.showTable}
        onClick={view.toggleTable}
      >
        {t.showTable}
      </ToggleButton>
      {view.showTable ? (
        <DepartmentTable bars={view.bars} statuses={overview.byStatus} />
      ) : (
        <>
          <ChartLegend entries={view.legend} />
          <DepartmentChart bars={view.bars} />
        </>
      )}
    </section>
  );
}
