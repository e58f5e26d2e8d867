import { makeStyles, tokens } from "@fluentui/react-components";

export const useMergeStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  pick: { alignSelf: "flex-start" },
  report: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  copy: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  copyHeading: { margin: 0, overflowWrap: "anywhere" },
  counts: { color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  details: { "& > summary": { cursor: "pointer" } },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", flexGrow: 1 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});
