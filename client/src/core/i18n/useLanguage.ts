import { createContext, useContext } from 'react';
import { messages, type Language, type MessageKey } from './messages';

export interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageContextValue>({ language: 'sv', setLanguage: () => undefined });

/** Texts of one view or component, in every language; the Swedish set defines the keys. */
export type Messages<Key extends string> = Record<Language, Record<Key, string>>;

/** A translator over a view's own messages, so each capability keeps its texts beside its code. */
export function useMessages<Key extends string>(own: Messages<Key>) {
  const { language, setLanguage } = useContext(LanguageContext);
  const t = (key: Key) => own[language][key];
  return { language, setLanguage, t };
}

/** The shared texts of the app shell and common components. */
export function useLanguage() {
  return useMessages<MessageKey>(messages);
}
