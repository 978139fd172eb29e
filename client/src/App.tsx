import { useCallback, useEffect, useMemo } from 'react';
import type { Language } from './core/i18n/messages';
import { LanguageContext } from './core/i18n/useLanguage';
import { readShellState, writeShellState } from './core/urlState/urlState';
import { changeUrl, useUrlParams } from './core/urlState/useUrlState';
import { AppShell } from './views/AppShell';
import { SessionProvider } from './core/auth/SessionProvider';
import { SignInPage } from './views/auth/SignInPage';
import './components/components.css';

/** The language is part of the URL (`lang`, Swedish when left out), so a shared link opens in the same language. */
export function App() {
  const params = useUrlParams();
  const language = readShellState(params).language;
  const setLanguage = useCallback((next: Language) => {
    changeUrl((current) => writeShellState({ ...readShellState(current), language: next }, current), 'replace');
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageContext.Provider value={value}>
      <SessionProvider gate={<SignInPage />}>
        <AppShell />
      </SessionProvider>
    </LanguageContext.Provider>
  );
}
