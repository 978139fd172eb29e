import { isSignInRefusal, type SignInRefusal } from '../../../../domain/signInRefusals';
import { asRequestError } from '../data/errors';
import type { Language } from '../i18n/messages';

const reasons: Record<Language, Record<SignInRefusal, string>> = {
  sv: {
    wrongCredentials: 'Fel användarnamn eller lösenord.',
    checksBusy: 'Många loggar in just nu.',
    addressThrottled: 'För många misslyckade inloggningar från den här adressen.',
    accountThrottledFromAddress: 'För många misslyckade inloggningar för det här kontot från den här adressen.',
    accountSlowed: 'Många misslyckade inloggningar för det här kontot, så inloggningen väntar en stund mellan försöken.',
  },
  en: {
    wrongCredentials: 'Wrong username or password.',
    checksBusy: 'Many people are signing in right now.',
    addressThrottled: 'Too many failed sign-ins from this address.',
    accountThrottledFromAddress: 'Too many failed sign-ins for this account from this address.',
    accountSlowed: 'Many failed sign-ins for this account, so sign-in waits a while between attempts.',
  },
};

function tryAgain(language: Language, seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (language === 'sv') return seconds < 120 ? `Försök igen om ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}.` : `Försök igen om ${minutes} minuter.`;
  return seconds < 120 ? `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.` : `Try again in ${minutes} minutes.`;
}

/** A refused sign-in in the reader's language, with when to try again; an error the server did not explain, as it came. */
export function signInFailureText(error: unknown, language: Language): string {
  const failure = asRequestError(error);
  const { reason, retryAfterSeconds } = failure.details;
  if (!isSignInRefusal(reason)) return failure.message;
  const wait = typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0 ? ` ${tryAgain(language, retryAfterSeconds)}` : '';
  return `${reasons[language][reason]}${wait}`;
}
