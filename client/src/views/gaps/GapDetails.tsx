import type { GapPair } from '../../core/gaps/gapElements';
import { localName } from '../../core/i18n/localName';
import { useMessages } from '../../core/i18n/useLanguage';
import { LocatorCitation } from './LocatorCitation';
import { gapMessages, statusTexts } from './messages';
import { SuggestionList } from './SuggestionList';

export interface GapDetailsProps {
  pair: GapPair;
  asOf: string;
  onClose: () => void;
}

/** One expected pair: how it stands, the rule and its source, and how to close it. */
export function GapDetails({ pair, asOf, onClose }: GapDetailsProps) {
  const { t, language } = useMessages(gapMessages);
  const { rule } = pair;
  return (
    <section className="gap-details" data-testid="gap-details" aria-label={t('details')}>
      <header>
        <h2 data-testid="gap-details-title">
          {pair.municipality.name} – {pair.target.name}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <p className={`pair-status ${pair.status}`}>{t(statusTexts[pair.status].explained)}</p>
      <dl>
        <dt>{t('goalArea')}</dt>
        <dd>{localName(rule.goalArea, language)}</dd>
        <dt>{t('ruleHeading')}</dt>
        <dd data-testid="gap-rule">
          {rule.partner.name}, {rule.subject === 'luaMunicipalities' ? t('subjectLua') : t('subjectOther')};{' '}
          {rule.partnerScope === 'servingUnit' ? t('scopeServingUnit') : t('scopeAgency')}.
          {pair.servingUnitFound ? null : <p className="muted">{t('noServingUnit')}</p>}
        </dd>
        <dt>{t('source')}</dt>
        <dd data-testid="gap-source">
          <LocatorCitation provenance={rule.provenance} />
        </dd>
        {pair.subjectBasis === null ? null : (
          <>
            <dt>{t('subjectBasis')}</dt>
            <dd data-testid="gap-subject-basis">
              {t('partyTo')} {pair.subjectBasis.agreement.name} (<LocatorCitation provenance={pair.subjectBasis.provenance} />)
            </dd>
          </>
        )}
      </dl>
      {pair.links.length > 0 ? (
        <>
          <h3>{t('linksHeading')}</h3>
          <ul>
            {pair.links.map((link) => (
              <li key={link.id}>
                {link.form ?? t('directLink')} (<LocatorCitation provenance={link.provenance} />)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pair.viaBodies.length > 0 ? (
        <>
          <h3>{t('viaBodiesHeading')}</h3>
          <ul>
            {pair.viaBodies.map((body) => (
              <li key={body.id}>{body.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {pair.status === 'missing' ? (
        <>
          <h3>{t('suggestionsHeading')}</h3>
          <p className="muted">{t('suggestionsIntro')}</p>
          <SuggestionList pair={pair} asOf={asOf} />
        </>
      ) : null}
    </section>
  );
}
