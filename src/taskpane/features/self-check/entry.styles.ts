import { makeStyles } from "@fluentui/react-components";

/** The header button's one style (first load): to the right, not stretched across the header. */
export const useSelfCheckEntryStyles = makeStyles({ entry: { alignSelf: "flex-end" } });
