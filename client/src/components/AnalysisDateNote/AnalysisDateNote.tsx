import { useMessages, type Messages } from '../../core/i18n/useLanguage';
import type { AnalysisDateBasis } from '../../graphql/generated/graphql';

const sv = {
  asOf: 'Per',
  latestRuleDay: '– det senaste datum då reglerna gäller någon',
  today: '– i dag',
  change: 'ändra',
  showToday: 'visa i dag',
} as const;

const en: Record<keyof typeof sv, string> = {
  asOf: 'As of',
  latestRuleDay: '— the latest date the rules apply to anyone',
  today: '— today',
  change: 'change',
  showToday: 'show today',
};

const messages: Messages<keyof typeof sv> = { sv, en };

export interface AnalysisDateNoteProps {
  asOf: string;
  basis: AnalysisDateBasis;
  /** Moves the shell's date; without it the note only says which date it is. */
  onAsOfChange?: ((asOf: string | null) => void) | undefined;
}

/** Which day an analysis ran on and why, with a way to pick another: the same wording in every analysis view. */
export function AnalysisDateNote({ asOf, basis, onAsOfChange }: AnalysisDateNoteProps) {
  const { t } = useMessages(messages);
  const change = () => {
    onAsOfChange?.(asOf);
    document.querySelector<HTMLInputElement>('[data-testid="as-of"]')?.focus();
  };
  return (
    <span className="analysis-date" data-testid="analysis-date" data-basis={basis}>
      {t('asOf')} <strong data-testid="analysis-date-value">{asOf}</strong> {basis === 'chosen' ? null : t(basis)}
      {basis === 'chosen' || onAsOfChange === undefined ? null : (
        <>
          {'; '}
          <button type="button" className="link-button" data-testid="analysis-date-change" onClick={change}>
            {t('change')}
          </button>
          {basis === 'latestRuleDay' ? (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => onAsOfChange(new Date().toISOString().slice(0, 10))}>
                {t('showToday')}
              </button>
            </>
          ) : null}
        </>
      )}
    </span>
  );
}
