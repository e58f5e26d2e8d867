import { Text } from "@fluentui/react-components";
import { useMessages } from "../../i18n/context";
import { useDarkTheme } from "../../theme";
import type { DepartmentBar } from "./bars";
import { useOverviewStyles } from "./overview.styles";
import { segmentPaint } from "./paint";

/**
 * Stacked bars (plain CSS, no chart library): one per department, a segment per status (colours: paint.ts).
 * The figure is one image for assistive technology; the numbers are in the table alternative.
 */
export function DepartmentChart({ bars }: { bars: readonly DepartmentBar[] }): React.JSX.Element {
  const t = useMessages();
  const dark = useDarkTheme();
  const styles = useOverviewStyles();
  return (
    <figure className={styles.chart} role="img" aria-label={t.chartLabel(bars.length)}>
      {bars.map((bar) => (
        <div key={bar.name} className={styles.row}>
          <div className={styles.rowLabel}>
            <Text size={200}>{bar.name}</Text>
            <Text size={200}>
              {bar.done}/{bar.total} · {t.rate(bar.rate)}
              {bar.overdue > 0 ? ` · ${t.overdueCount(bar.overdue)}` : ""}
            </Text>
          </div>
          <div className={styles.bar}>
            {bar.segments.map((segment) => (
              <span
                key={segment.status || "invalid"}
                className={styles.segment}
                data-tone={segment.tone}
                style={{
                  width: `${(segment.share * 100).toFixed(2)}%`,
                  ...segmentPaint(segment.tone, segment.fill, dark),
                }}
                title={`${segment.status || t.invalidOrBlankStatus} ${segment.count}`}
              />
            ))}
          </div>
        </div>
      ))}
    </figure>
  );
}
