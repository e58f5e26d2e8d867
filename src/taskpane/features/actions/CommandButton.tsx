import { Button, Spinner } from "@fluentui/react-components";
import type { CommandKind } from "../../state/types";

interface CommandButtonProps {
  command: CommandKind;
  busy: CommandKind | null;
  label: string;
  busyLabel: string;
  primary?: boolean;
  className?: string;
  onClick: () => void;
}

/**
 * A command's button: while any command runs every button is disabled (it stays focusable, so the keyboard
 * user keeps their place); the running one shows a spinner and is aria-busy.
 */
export function CommandButton({
  command,
  busy,
  label,
  busyLabel,
  primary,
  className,
  onClick,
}: CommandButtonProps): React.JSX.Element {
  const running = busy === command;
  return (
    <Button
      className={className}
      appearance={primary ? "primary" : "secondary"}
      disabledFocusable={busy !== null}
      aria-busy={running}
      icon={running ? <Spinner size="extra-tiny" aria-label={busyLabel} /> : undefined}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
