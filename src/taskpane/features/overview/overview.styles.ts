import { makeStyles, tokens } from "@fluentui/react-components";

export const useOverviewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  chart: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  rowLabel: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  bar: {
    display: "flex",
    height: tokens.spacingVerticalM,
    overflow: "hidden",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  segment: { height: "100%" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  legendEntry: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    flexShrink: 0,
    width: tokens.spacingHorizontalL,
    height: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusSmall,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tableWrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: "end",
    },
    "& th:first-child, & td:first-child": { textAlign: "start" },
  },
  caption: {
    textAlign: "start",
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXS,
  },
  toggle: { alignSelf: "flex-start" },
});
