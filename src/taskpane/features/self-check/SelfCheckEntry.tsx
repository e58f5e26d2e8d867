/** The quiet entry to 自检 in the header: a small button; the dialog is loaded only when it is opened. */
import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { useLocale } from "../../i18n/context";
import type { Locale } from "../../i18n/messages";
import { useSelfCheckEntryStyles } from "./entry.styles";

const SelfCheckDialog = lazy(() => import("./SelfCheckDialog"));

/** Only the entry's words are in the first load; the dialog's text comes with its chunk. */
const ENTRY: Record<Locale, { label: string; hint: string; loading: string }> = {
  "zh-CN": { label: "自检", hint: "检查此 Excel 是否支持加载项用到的各项功能", loading: "正在打开自检…" },
  "en-US": {
    label: "Self-check",
    hint: "Check whether this Excel supports every feature the add-in uses",
    loading: "Opening the self-check…",
  },
};

export function SelfCheckEntry(): React.JSX.Element {
  const t = ENTRY[useLocale()];
  const styles = useSelfCheckEntryStyles();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        className={styles.entry}
        appearance="subtle"
        size="small"
        title={t.hint}
        onClick={() => setOpen(true)}
      >
        {t.label}
      </Button>
      {open ? (
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          <SelfCheckDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
