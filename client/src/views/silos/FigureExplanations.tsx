import { useMessages } from '../../core/i18n/useLanguage';
import { figureTexts, siloMessages } from './messages';

/** Every figure of the tables in plain words and what a high or low value means, beside the tables. */
export function FigureExplanations() {
  const { t } = useMessages(siloMessages);
  return (
    <dl className="figure-explanations" data-testid="figure-explanations">
      {figureTexts.map((figure) => (
        <div key={figure.name}>
          <dt>{t(figure.name)}</dt>
          <dd>
            {t(figure.explained)}. {t(figure.means)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
