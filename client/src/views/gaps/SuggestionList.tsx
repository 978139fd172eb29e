import { useState } from 'react';
import type { GapPair } from '../../core/gaps/gapElements';
import { useMessages } from '../../core/i18n/useLanguage';
import type { WhatIfChanges } from '../../graphql/generated/graphql';
import { gapMessages } from './messages';
import { WhatIfPreview } from './WhatIfPreview';

type Suggestion = GapPair['suggestions'][number];

/** The tentative change a suggestion stands for, to preview it. */
function changesFor(pair: GapPair, suggestion: Suggestion): WhatIfChanges {
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

export interface SuggestionListProps {
  pair: GapPair;
  asOf: string;
}

/** "Use an existing body first": the bodies that cover the municipality, best first, each with a preview. */
export function SuggestionList({ pair, asOf }: SuggestionListProps) {
  const { t } = useMessages(gapMessages);
  const [previewRank, setPreviewRank] = useState<number | null>(null);
  if (pair.suggestions.length === 0) return <p className="muted">{t('noSuggestions')}</p>;
  return (
    <ol className="suggestions">
      {pair.suggestions.map((suggestion) => (
        <li key={suggestion.rank} data-testid="suggestion" data-kind={suggestion.kind}>
          {suggestion.body === null ? (
            <p>
              {t('linkSuggestion')} <strong>{pair.municipality.name}</strong> {t('and')} <strong>{pair.target.name}</strong>.
            </p>
          ) : (
            <>
              <p className="suggestion-body">
                <strong data-testid="suggestion-body">{suggestion.body.name}</strong>
              </p>
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
              {suggestion.addressesGoalArea ? null : <p className="muted">{t('takesUpGoal')}</p>}
            </>
          )}
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
