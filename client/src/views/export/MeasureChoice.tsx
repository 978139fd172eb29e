import type { ExportMeasure } from '../../graphql/generated/graphql';
import { measureNames } from '../../core/analytics/measureNames';
import { exportMeasures } from '../../core/export/exportParameters';
import type { Language } from '../../core/i18n/messages';
import { useMessages } from '../../core/i18n/useLanguage';
import { exportMessages } from './messages';

/** A measure's name as the explorer gives it; the Louvain community is not one of the explorer's numeric measures. */
export function exportMeasureName(measure: ExportMeasure, language: Language): string {
  return measure === 'community' ? exportMessages[language].community : measureNames[language][measure];
}

interface MeasureChoiceProps {
  chosen: readonly ExportMeasure[];
  /** Measures are of the network as of a date; with every date at once there are none to choose. */
  datePicked: boolean;
  onChange: (measures: ExportMeasure[]) => void;
}

/** Which network measures every file carries as typed node attributes, as the explorer computes them. */
export function MeasureChoice({ chosen, datePicked, onChange }: MeasureChoiceProps) {
  const { t, language } = useMessages(exportMessages);
  const toggle = (measure: ExportMeasure, on: boolean) => onChange(exportMeasures.filter((name) => (name === measure ? on : chosen.includes(name))));
  return (
    <fieldset className="export-measures" data-testid="export-measures" disabled={!datePicked}>
      <legend>{t('measures')}</legend>
      <p className="hint">{datePicked ? t('measuresHint') : t('measuresNeedDate')}</p>
      {exportMeasures.map((measure) => (
        <label key={measure}>
          <input type="checkbox" data-testid={`export-measure-${measure}`} checked={chosen.includes(measure)} onChange={(event) => toggle(measure, event.target.checked)} /> {exportMeasureName(measure, language)}
        </label>
      ))}
      <button type="button" data-testid="export-measures-all" onClick={() => onChange([...exportMeasures])}>
        {t('allMeasures')}
      </button>
    </fieldset>
  );
}
