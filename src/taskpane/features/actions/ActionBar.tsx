import { mergeClasses } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useMessages } from "../../i18n/context";
import type { CommandKind } from "../../state/types";
import { useActionStyles } from "./actions.styles";
import { CommandButton } from "./CommandButton";
import type { LedgerCommands } from "./use-commands";

// The Dropdown brings positioning and portal code; the picker only appears once the overview is read.
const DepartmentPicker = lazy(() => import("./DepartmentPicker"));

interface ActionBarProps {
  busy: CommandKind | null;
  /** Departments to filter by; empty before there is a ledger (then no picker). */
  departments: readonly string[];
  department: string | null;
  commands: LedgerCommands;
}

export function ActionBar({ busy, departments, department, commands }: ActionBarProps): React.JSX.Element {
  const t = useMessages();
  const styles = useActionStyles();
  return (
    <section className={styles.root} aria-labelledby="taizhang-actions-heading">
      <h2 id="taizhang-actions-heading" className={styles.heading}>
        {t.actionsHeading}
      </h2>
      <div className={styles.buttons}>
        <CommandButton
          command="apply"
          busy={busy}
          primary
          className={mergeClasses(styles.button, styles.wide)}
          label={t.createOrUpdate}
          busyLabel={t.busy}
          onClick={() => void commands.createOrUpdate()}
        />
        <CommandButton
          command="validate"
          busy={busy}
          className={styles.button}
          label={t.validate}
          busyLabel={t.busy}
          onClick={() => void commands.validate()}
        />
        <CommandButton
          command="summary"
          busy={busy}
          className={styles.button}
          label={t.refreshSummary}
          busyLabel={t.busy}
          onClick={() => void commands.refreshSummary()}
        />
      </div>
      {departments.length > 0 ? (
        <Suspense fallback={null}>
          <DepartmentPicker
            departments={departments}
            selected={department}
            busy={busy}
            onSelect={(next) => void commands.filterByDepartment(next)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
