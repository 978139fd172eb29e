import { Suspense, useCallback, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary/ErrorBoundary';
import { useLanguage, useMessages } from '../core/i18n/useLanguage';
import { isIsoDate, readShellState, writeShellState } from '../core/urlState/urlState';
import { useUrlPart } from '../core/urlState/useUrlState';
import { shellMessages } from './shellMessages';
import { views } from './viewRegistry';
import { hasRole, useSession } from '../core/auth/session';
import { SessionControl } from './auth/SessionControl';
import { usePushChannel } from '../core/data/pushChannel';
import { NetworkChangeNotice } from './NetworkChangeNotice';

/**
 * The frame around every view: title, view menu, as-of date and language. The active view and the date live in
 * the URL (`view`, `asOf`), so a link to any view opens it at the same date.
 */
export function AppShell() {
  const { t, language, setLanguage } = useLanguage();
  const { t: ts } = useMessages(shellMessages);
  const [shell, updateShell] = useUrlPart(readShellState, writeShellState);
  const { user } = useSession();
  // Editing, import and audit appear only to a signed-in user whose role allows them.
  const shown = views.filter((entry) => entry.requires === undefined || hasRole(user, entry.requires));
  const view = shown.find((entry) => entry.id === shell.view) ?? shown[0];
  const asOf = shell.asOf;
  // On a narrow screen the views, the date, the language and the account fold into one menu under the title.
  const [menuOpen, setMenuOpen] = useState(false);
  // Changes others commit reach every view: the push channel invalidates what they touched.
  usePushChannel(user?.username ?? null);
  const canSeeChanges = shown.some((entry) => entry.id === 'audit');
  const showChanges = useCallback(() => {
    updateShell((current) => ({ ...current, view: 'audit' }), 'push');
  }, [updateShell]);

  const setAsOf = useCallback((date: string | null) => {
    updateShell((current) => ({ ...current, asOf: date }), 'replace');
  }, [updateShell]);

  // A bare address opens the first view: name it in the URL so a copied link says which view it is.
  useEffect(() => {
    if (shell.view === null && view !== undefined) updateShell((current) => ({ ...current, view: view.id }), 'replace');
  }, [shell.view, view, updateShell]);

  return (
    <div className="app">
      <a className="skip-link" href="#view">
        {ts('skipToContent')}
      </a>
      <header className="toolbar">
        <h1>
          {t('appTitle')} <small>{t('appSubtitle')}</small>
        </h1>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          onClick={() => setMenuOpen((open) => !open)}
          data-testid="menu-toggle"
        >
          <span aria-hidden="true">☰</span> {ts('menu')}
          {view === undefined ? null : `: ${t(view.titleKey)}`}
        </button>
        <div id="app-menu" className="toolbar-menu" data-open={menuOpen}>
          <nav aria-label={t('views')} className="view-menu">
            {shown.map((entry) => (
              <button
                key={entry.id}
                type="button"
                aria-pressed={entry.id === view?.id}
                data-testid={`view-${entry.id}`}
                onClick={() => {
                  setMenuOpen(false);
                  updateShell((current) => ({ ...current, view: entry.id }), 'push');
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
                setAsOf(isIsoDate(event.target.value) ? event.target.value : null);
              }}
            />
          </label>
          {asOf === null ? (
            <span className="muted">{t('allDates')}</span>
          ) : (
            <button type="button" onClick={() => setAsOf(null)} data-testid="clear-date">
              {ts('clearDate')}
            </button>
          )}
          <button
            type="button"
            className="language"
            lang={language === 'sv' ? 'en' : 'sv'}
            data-testid="language"
            onClick={() => {
              setLanguage(language === 'sv' ? 'en' : 'sv');
            }}
          >
            {t('language')}
          </button>
          <SessionControl />
        </div>
      </header>
      <div id="view" className="view">
        {view === undefined ? null : (
          <ErrorBoundary
            key={view.id}
            fallback={(_error, retry) => (
              <div className="status error" role="alert">
                <p>{ts('viewFailed')}</p>
                <button type="button" onClick={retry}>
                  {ts('tryAgain')}
                </button>{' '}
                <button type="button" onClick={() => window.location.reload()}>
                  {ts('reload')}
                </button>
              </div>
            )}
          >
            <Suspense fallback={<p className="status" role="status">{ts('loadingView')}</p>}>
              <view.component asOf={asOf} onAsOfChange={setAsOf} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <NetworkChangeNotice me={user?.username ?? null} onShowChanges={canSeeChanges ? showChanges : null} />
    </div>
  );
}
