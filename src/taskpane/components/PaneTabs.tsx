import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useTabStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    marginBlockStart: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    appearance: "none",
    border: "none",
    background: "none",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    marginBlockEnd: `calc(-1 * ${tokens.strokeWidthThin})`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export interface PaneTabsProps<T extends string> {
  label: string;
  tabs: readonly { value: T; label: string }[];
  selected: T;
  onSelect(value: T): void;
  /** id of a tab's button is `${idPrefix}-tab-${value}`, of its panel `${idPrefix}-panel-${value}`. */
  idPrefix: string;
}

/**
 * The pane's tab list (WAI-ARIA tabs: arrow keys, Home and End move and select; one tab stop). Made here
 * rather than with Fluent's TabList, which brings tabster (about 24 KB gzip) into the pane's first load.
 */
export function PaneTabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idPrefix,
}: PaneTabsProps<T>): React.JSX.Element {
  const styles = useTabStyles();
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.value === selected);
    const to =
      event.key === "ArrowRight"
        ? (at + 1) % tabs.length
        : event.key === "ArrowLeft"
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? tabs.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    onSelect(tabs[to].value);
    buttons.current.get(tabs[to].value)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} onKeyDown={move}>
      {tabs.map((tab) => {
        const on = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(el) => {
              if (el) buttons.current.set(tab.value, el);
              else buttons.current.delete(tab.value);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.value}`}
            aria-controls={`${idPrefix}-panel-${tab.value}`}
            aria-selected={on}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(styles.tab, on && styles.selected)}
            onClick={() => onSelect(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
