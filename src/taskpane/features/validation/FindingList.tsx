import { Button, Subtitle2, Text } from "@fluentui/react-components";
import type { Finding } from "../../../core/validation/types";
import { useMessages } from "../../i18n/context";
import { groupFindings } from "./group-findings";
import { useValidationStyles } from "./validation.styles";

interface FindingListProps {
  findings: readonly Finding[];
  onSelect: (address: string) => void;
}

/** Findings grouped by kind; a finding with a cell is a button that selects the cell in Excel. */
export function FindingList({ findings, onSelect }: FindingListProps): React.JSX.Element {
  const t = useMessages();
  const styles = useValidationStyles();
  return (
    <>
      {groupFindings(findings).map((group) => {
        const headingId = `taizhang-findings-${group.kind}`;
        return (
          <section key={group.kind} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId} className={styles.groupHeading}>
              {t.findingGroup(group.kind, group.findings.length)}
            </Subtitle2>
            <ul className={styles.list}>
              {group.findings.map((finding, index) => (
                <li key={`${finding.address ?? "none"}-${finding.item ?? "none"}-${index}`}>
                  <FindingRow finding={finding} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function FindingRow({
  finding,
  onSelect,
}: {
  finding: Finding;
  onSelect: (address: string) => void;
}): React.JSX.Element {
  const t = useMessages();
  const styles = useValidationStyles();
  const text = t.findingLine(finding);
  const { address } = finding;
  if (address === null) {
    return (
      <Text block className={styles.plain}>
        {text}
      </Text>
    );
  }
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      title={t.goToCell(address)}
      onClick={() => onSelect(address)}
    >
      {text}
    </Button>
  );
}
