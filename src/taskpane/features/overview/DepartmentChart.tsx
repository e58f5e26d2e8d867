import { mergeClasses, Text } from "@fluentui/react-components";
import { useMessages } from "../../i18n/context";
import type { DepartmentBar } from "./bars";
import { useOverviewStyles } from "./overview.styles";

/**
 * Stacked bars (plain CSS, no chart library): one per department, a segment per status in the status's fill.
 * The figure is one image for assistive technology; the numbers are in the table alternative.
 */
export function DepartmentChart({ bars }: { bars: readonly DepartmentBar[] }): React.JSX.Element {
  const t = useMessages();
  const styles = useOverviewStyles();
  return (
    <figure className={styles.chart} role="img" aria-label={t.chartLabel(bars.length)}>
      {bars.map((bar) => (
        <div key={bar.name} className={styles.row}>
          <div className={styles.rowLabel}>
            <Text size={200}>{bar.name}</Text>
            <Text size={200}>
              {bar.done}/{bar.total} · {t.rate(bar.rate)}
            </Text>
          </div>
          <div className={styles.bar}>
            {bar.segments.map((segment) => (
              <span
                key={segment.status || "other"}
                className={mergeClasses(segment.fill === null ? styles.otherSegment : styles.segment)}
                style={{
                  width: `${(segment.share * 100).toFixed(2)}%`,
                  backgroundColor: segment.fill ?? undefined,
                }}
                title={`${segment.status || t.otherStatus} ${segment.count}`}
              />
            ))}
          </div>
        </div>
      ))}
    </figure>
  );
}
