import { createContext, useContext } from 'react';
import { messages, type Language, type MessageKey } from './messages';

export interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageContextValue>({ language: 'sv', setLanguage: () => {} });

/** The current language and a translator for the UI's fixed texts. */
export function useLanguage() {
  const { language, setLanguage } = useContext(LanguageContext);
  const t = (key: MessageKey) => messages[language][key];
  return { language, setLanguage, t };
}
