import { useMemo, useState } from 'react';
import type { Language } from './core/i18n/messages';
import { LanguageContext } from './core/i18n/useLanguage';
import { AppShell } from './views/AppShell';

export function App() {
  const [language, setLanguage] = useState<Language>('sv');
  const value = useMemo(() => ({ language, setLanguage }), [language]);
  return (
    <LanguageContext.Provider value={value}>
      <AppShell />
    </LanguageContext.Provider>
  );
}
