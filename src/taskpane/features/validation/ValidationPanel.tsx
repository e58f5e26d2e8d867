import { Subtitle1 } from "@fluentui/react-components";
import type { Normalisation, ValidationReport } from "../../../core/validation/types";
import { useMessages } from "../../i18n/context";
import type { CommandKind } from "../../state/types";
import { FindingList } from "./FindingList";
import { NormalisationList } from "./NormalisationList";
import { useValidationStyles } from "./validation.styles";

export interface ValidationPanelProps {
  report: ValidationReport;
  busy: CommandKind | null;
  onSelect: (address: string) => void;
  onApplyNormalisations: (changes: Normalisation[]) => void;
}

/** The latest validation report (loaded lazily: not needed for the first paint). */
export default function ValidationPanel({
  report,
  busy,
  onSelect,
  onApplyNormalisations,
}: ValidationPanelProps): React.JSX.Element {
  const t = useMessages();
  const styles = useValidationStyles();
  return (
    <section className={styles.root} aria-labelledby="taizhang-validation-heading">
      <Subtitle1 as="h2" id="taizhang-validation-heading" className={styles.heading}>
        {t.validationHeading}
      </Subtitle1>
      {report.normalisations.length > 0 ? (
        <NormalisationList
          changes={report.normalisations}
          busy={busy}
          onSelect={onSelect}
          onConfirm={onApplyNormalisations}
        />
      ) : null}
      {report.findings.length === 0 && report.normalisations.length === 0 ? (
        <p>{t.validateResult(0, 0)}</p>
      ) : (
        <FindingList findings={report.findings} onSelect={onSelect} />
      )}
    </section>
  );
}
