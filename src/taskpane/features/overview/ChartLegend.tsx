import { Text } from "@fluentui/react-components";
import { useMessages } from "../../i18n/context";
import { useDarkTheme } from "../../theme";
import type { LegendEntry } from "./bars";
import { useOverviewStyles } from "./overview.styles";
import { segmentPaint } from "./paint";

/** What each colour of the bars means, drawn exactly as the bars draw it. */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }): React.JSX.Element {
  const t = useMessages();
  const dark = useDarkTheme();
  const styles = useOverviewStyles();
  return (
    <ul className={styles.legend} aria-label={t.legendLabel}>
      {entries.map((entry) => (
        <li key={entry.status || "invalid"} className={styles.legendEntry}>
          <span
            className={styles.swatch}
            data-tone={entry.tone}
            style={segmentPaint(entry.tone, entry.fill, dark)}
            aria-hidden="true"
          />
          <Text size={200}>{entry.status || t.invalidOrBlankStatus}</Text>
        </li>
      ))}
    </ul>
  );
}
