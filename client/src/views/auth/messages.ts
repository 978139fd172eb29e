import type { Messages } from '../../core/i18n/useLanguage';

const sv = {
  signIn: 'Logga in',
  signOut: 'Logga ut',
  username: 'Användarnamn',
  password: 'Lösenord',
  cancel: 'Avbryt',
  signingIn: 'Loggar in…',
  signedInAs: 'Inloggad som',
  roleViewer: 'läsare',
  roleEditor: 'redaktör',
  roleAdmin: 'administratör',
  gateTitle: 'Logga in för att se nätverket',
  gateText: 'Den här installationen visar nätverket bara för inloggade användare.',
  failed: 'Inloggningen misslyckades',
} as const;

export type AuthMessageKey = keyof typeof sv;

const en: Record<AuthMessageKey, string> = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  cancel: 'Cancel',
  signingIn: 'Signing in…',
  signedInAs: 'Signed in as',
  roleViewer: 'viewer',
  roleEditor: 'editor',
  roleAdmin: 'admin',
  gateTitle: 'Sign in to see the network',
  gateText: 'This installation shows the network to signed-in users only.',
  failed: 'Sign-in failed',
};

export const authMessages: Messages<AuthMessageKey> = { sv, en };
