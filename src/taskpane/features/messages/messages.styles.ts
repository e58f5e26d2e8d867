import { makeStyles, tokens } from "@fluentui/react-components";

export const useMessageStyles = makeStyles({
  bar: { marginBlock: tokens.spacingVerticalS },
  nextStep: { display: "block", marginTop: tokens.spacingVerticalXS },
});
