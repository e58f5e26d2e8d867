import { makeStyles, tokens } from "@fluentui/react-components";

export const useActionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
  },
  heading: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  pickerRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", flexGrow: 1 },
});
