/** The quiet entry to 自检 in the header: a small button; the dialog is loaded only when it is opened. */
import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { useLocale } from "../../i18n/context";
import { selfCheckText } from "./self-check-text";
import { useSelfCheckStyles } from "./self-check.styles";

const SelfCheckDialog = lazy(() => import("./SelfCheckDialog"));

export function SelfCheckEntry(): React.JSX.Element {
  const t = selfCheckText[useLocale()];
  const styles = useSelfCheckStyles();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        className={styles.entry}
        appearance="subtle"
        size="small"
        title={t.entryHint}
        onClick={() => setOpen(true)}
      >
        {t.entry}
      </Button>
      {open ? (
        <Suspense fallback={<Spinner size="tiny" label={t.running} />}>
          <SelfCheckDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
