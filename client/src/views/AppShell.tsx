import { useState } from 'react';
import { useLanguage } from '../core/i18n/useLanguage';
import { views } from './viewRegistry';

/** The frame around every view: title, view menu, as-of date and language. */
export function AppShell() {
  const { t, language, setLanguage } = useLanguage();
  const [asOf, setAsOf] = useState<string | null>(null);
  const [viewId, setViewId] = useState(views[0]?.id ?? 'explorer');
  const view = views.find((entry) => entry.id === viewId) ?? views[0];

  return (
    <div className="app">
      <header className="toolbar">
        <h1>
          {t('appTitle')} <small>{t('appSubtitle')}</small>
        </h1>
        <nav aria-label={t('views')} className="view-menu">
          {views.map((entry) => (
            <button
              key={entry.id}
              type="button"
              aria-pressed={entry.id === viewId}
              data-testid={`view-${entry.id}`}
              onClick={() => {
                setViewId(entry.id);
              }}
            >
              {t(entry.titleKey)}
            </button>
          ))}
        </nav>
        <label>
          {t('asOf')}{' '}
          <input
            type="date"
            data-testid="as-of"
            value={asOf ?? ''}
            onChange={(event) => {
              setAsOf(event.target.value === '' ? null : event.target.value);
            }}
          />
        </label>
        {asOf === null ? <span className="muted">{t('allDates')}</span> : null}
        <button
          type="button"
          className="language"
          onClick={() => {
            setLanguage(language === 'sv' ? 'en' : 'sv');
          }}
        >
          {t('language')}
        </button>
      </header>
      {view === undefined ? null : <view.component asOf={asOf} />}
    </div>
  );
}
