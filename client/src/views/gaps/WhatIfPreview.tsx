import { whatIfQuery } from '../../core/gaps/gapsQuery';
import { useOperation } from '../../core/data/useOperation';
import { localName } from '../../core/i18n/localName';
import { useMessages } from '../../core/i18n/useLanguage';
import type { WhatIfChanges, WhatIfQuery } from '../../graphql/generated/graphql';
import { gapMessages } from './messages';

export interface WhatIfPreviewProps {
  asOf: string;
  changes: WhatIfChanges;
}

/** Enough to see the effect; the rest are counted. */
const shownActors = 8;

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

type ActorChange = WhatIfQuery['whatIf']['changedActors'][number];

/** The biggest changes first: a new flag, then how far the measures move. */
function byChange(a: ActorChange, b: ActorChange): number {
  const size = (change: ActorChange) =>
    (change.before.flags.join() === change.after.flags.join() ? 0 : 100) +
    Math.abs((change.after.effectiveSize ?? 0) - (change.before.effectiveSize ?? 0)) +
    Math.abs((change.after.constraint ?? 0) - (change.before.constraint ?? 0));
  return size(b) - size(a);
}

function BeforeAfter({ label, before, after }: { label: string; before: number; after: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {before} → <strong>{after}</strong>
      </dd>
    </div>
  );
}

/** What a tentative change would do to the gaps and silo figures; the server writes nothing. */
export function WhatIfPreview({ asOf, changes }: WhatIfPreviewProps) {
  const { t, language } = useMessages(gapMessages);
  const { state } = useOperation(whatIfQuery, { asOf, changes });
  if (state.status === 'loading' || state.status === 'idle') return <p role="status">{t('previewing')}</p>;
  if (state.status === 'error') return <p role="alert">{`${t('previewFailed')}: ${state.message}`}</p>;
  const { before, after, changedPairs, changedActors } = state.data.whatIf;
  return (
    <section className="what-if" data-testid="what-if" aria-live="polite">
      <h4>{t('previewHeading')}</h4>
      <dl>
        <BeforeAfter label={t('gapsBeforeAfter')} before={before.pairs.missing} after={after.pairs.missing} />
        <BeforeAfter label={t('siloHubsBeforeAfter')} before={before.silos.oneAgencyAtATime} after={after.silos.oneAgencyAtATime} />
        <BeforeAfter label={t('stovepipesBeforeAfter')} before={before.silos.stovepipe} after={after.silos.stovepipe} />
      </dl>
      {changedPairs.length > 0 ? (
        <>
          <h5>{t('pairsThatChange')}</h5>
          <ul>
            {changedPairs.map(({ pair, before: was }) => (
              <li key={pair.id}>
                {pair.municipality.name} – {pair.target.name} ({localName(pair.rule.goalArea, language)}): {t(was)} → {t(pair.status)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changedActors.length > 0 ? (
        <>
          <h5>{t('actorsThatChange')}</h5>
          <ul>
            {[...changedActors].sort(byChange).slice(0, shownActors).map(({ before: was, after: now }) => (
              <li key={now.actor.id}>
                {now.actor.name}: {t('effectiveSize')} {figure(was.effectiveSize)} → {figure(now.effectiveSize)}, {t('constraint')}{' '}
                {figure(was.constraint, 3)} → {figure(now.constraint, 3)}
                {was.flags.join() === now.flags.join() ? null : <strong> · {t('flagsChange')}</strong>}
              </li>
            ))}
          </ul>
          {changedActors.length > shownActors ? (
            <p className="muted">
              … {changedActors.length - shownActors} {t('more')}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
