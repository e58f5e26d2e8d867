import { makeStyles, tokens } from "@fluentui/react-components";

export const useSelfCheckStyles = makeStyles({
  entry: { alignSelf: "flex-end" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});
