import { makeStyles, tokens } from "@fluentui/react-components";

export const useValidationStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  groupHeading: { margin: 0, marginTop: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
  },
  plain: { paddingInline: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  address: { color: tokens.colorBrandForeground1, marginInlineStart: tokens.spacingHorizontalXS },
  normalisations: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  confirm: { alignSelf: "flex-start" },
});
