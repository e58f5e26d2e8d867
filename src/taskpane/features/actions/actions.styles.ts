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
  // Two even columns, the main command across both: tidy from 320 px (Excel's narrowest pane) upwards.
  buttons: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    maxWidth: "420px",
  },
  wide: { gridColumn: "1 / -1" },
  button: { minWidth: 0, width: "100%" },
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  pickerRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", flexGrow: 1 },
});
