import { useState } from 'react';
import { locatorCitation } from '../../core/citations/locatorCitation';
import type { GapPair } from '../../core/gaps/gapElements';
import { strengthNames, suggestionReason, type GapSuggestion } from '../../core/gaps/suggestionReason';
import { bodyTypeName, partyNames } from '../../core/graph/names';
import { useMessages } from '../../core/i18n/useLanguage';
import type { WhatIfChanges } from '../../graphql/generated/graphql';
import { gapMessages } from './messages';
import { WhatIfPreview } from './WhatIfPreview';

/** The tentative change a suggestion stands for, to preview it. */
function changesFor(pair: GapPair, suggestion: GapSuggestion): WhatIfChanges {
  const goalAreaIds = [pair.rule.goalArea.id];
  if (suggestion.body === null) return { addLinks: [{ fromId: pair.municipality.id, toId: pair.target.id, goalAreaIds }] };
  const bodyId = suggestion.body.id;
  return {
    addMemberships: suggestion.partiesToAdd.map((party, position) => ({
      actorId: party.actor.id,
      bodyId,
      // Taking the gap up means the body works on its goal area too.
      goalAreaIds: position === 0 && !suggestion.addressesGoalArea ? goalAreaIds : [],
    })),
  };
}

/** Which parties the body's form admits, and per which source. */
function FormLine({ form }: { form: NonNullable<GapSuggestion['reason']['form']> }) {
  const { t, language } = useMessages(gapMessages);
  const source = locatorCitation(form.provenance.sourceId, form.provenance.source, form.provenance.locator, language);
  const admits = form.admits === 'fixed' ? `${t('formFixed')}: ${form.partyTypes.map((type) => partyNames[type]?.[language] ?? type).join(', ')}` : t('formOpen');
  return (
    <p className="muted suggestion-form" data-testid="suggestion-form">
      {t('form')}: {bodyTypeName(form.bodyType, language)} – {admits} ({[form.law, source].filter((part) => part !== null).join('; ')})
    </p>
  );
}

export interface SuggestionListProps {
  pair: GapPair;
  asOf: string;
}

/** "Use an existing body first": the options in the report's order, each with its reason, strength and a preview. */
export function SuggestionList({ pair, asOf }: SuggestionListProps) {
  const { t, language } = useMessages(gapMessages);
  const [previewRank, setPreviewRank] = useState<number | null>(null);
  if (pair.suggestions.length === 0) return <p className="muted">{t('noSuggestions')}</p>;
  return (
    <ol className="suggestions">
      {pair.suggestions.map((suggestion) => (
        <li key={suggestion.rank} data-testid="suggestion" data-kind={suggestion.kind} data-standing={suggestion.reason.standing}>
          <p className="suggestion-body">
            <strong data-testid="suggestion-body">{suggestion.body?.name ?? t('newLink')}</strong>{' '}
            <span className={`strength strength-${suggestion.reason.strength}`} data-testid="suggestion-strength">
              {strengthNames[suggestion.reason.strength][language]}
            </span>
          </p>
          <p data-testid="suggestion-reason">{suggestionReason(pair, suggestion, language)}</p>
          {suggestion.body === null ? null : (
            <p>
              {t('addParties')}:{' '}
              {suggestion.partiesToAdd.map((party, index) => (
                <span key={party.actor.id} className={party.admitted ? undefined : 'not-admitted'}>
                  {index > 0 ? ', ' : ''}
                  {party.actor.name}
                  {party.admitted ? '' : ` (${t('notAdmitted')})`}
                </span>
              ))}
            </p>
          )}
          {suggestion.reason.form === null || suggestion.reason.form.fundingGeography ? null : <FormLine form={suggestion.reason.form} />}
          {suggestion.alsoCloses.length > 0 ? (
            <p className="muted">
              {t('alsoCloses')} {suggestion.alsoCloses.length}
            </p>
          ) : null}
          <button type="button" data-testid="preview" onClick={() => setPreviewRank(suggestion.rank)} disabled={previewRank === suggestion.rank}>
            {t('preview')}
          </button>
          {previewRank === suggestion.rank ? <WhatIfPreview asOf={asOf} changes={changesFor(pair, suggestion)} /> : null}
        </li>
      ))}
    </ol>
  );
}
