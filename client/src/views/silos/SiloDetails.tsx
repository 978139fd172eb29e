import type { ActorSiloRow } from '../../core/silos/siloElements';
import { useMessages } from '../../core/i18n/useLanguage';
import { FlagExplanations } from './FlagExplanations';
import { figureTexts, siloMessages } from './messages';

const figure = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

export interface SiloDetailsProps {
  silo: ActorSiloRow;
  onClose: () => void;
}

/** One actor: its figures, each with what it means, its flags in plain words, and where each tie comes from. */
export function SiloDetails({ silo, onClose }: SiloDetailsProps) {
  const { t } = useMessages(siloMessages);
  const values: Record<(typeof figureTexts)[number]['name'], string> = {
    partners: String(silo.partners),
    bilateralShare: figure(silo.bilateralOnlyShare),
    density: figure(silo.partnerDensity),
    effectiveSize: figure(silo.effectiveSize),
    constraint: figure(silo.constraint, 3),
  };
  return (
    <section className="silo-details" data-testid="silo-details">
      <header>
        <h2>{silo.actor.name}</h2>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {silo.flags.length > 0 ? <FlagExplanations only={silo.flags} /> : null}
      <dl>
        {figureTexts.map(({ name, explained, means }) => (
          <div key={name} data-testid={`silo-figure-${name}`}>
            <dt>{t(name)}</dt>
            <dd>
              <strong>{values[name]}</strong> <span className="muted">– {t(explained)}. {t(means)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('tiesHeading')}</h3>
      <ul>
        {silo.ties.map((tie) => (
          <li key={tie.partner.id}>
            {tie.partner.name}:{' '}
            {[...(tie.linkIds.length > 0 ? [t('viaLink')] : []), ...tie.bodies.map((body) => `${t('viaBodies')} ${body.name}`)].join('; ')}
            {tie.bilateralOnly ? <strong> ({t('oneToOne')})</strong> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
