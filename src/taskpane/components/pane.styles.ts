import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalL,
    maxWidth: "720px",
  },
  // The hidden attribute must win over display: flex (a hidden tab's panel is not shown).
  panel: { display: "flex", flexDirection: "column", "&[hidden]": { display: "none" } },
  empty: { paddingBlock: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  fallback: { paddingBlock: tokens.spacingVerticalM },
});
