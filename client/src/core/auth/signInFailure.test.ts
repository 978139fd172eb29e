import { RequestError } from '../data/errors';
import { signInFailureText } from './signInFailure';

const refused = (reason: string, retryAfterSeconds?: number) =>
  new RequestError('the server’s English text', 'FORBIDDEN', 200, retryAfterSeconds === undefined ? { reason } : { reason, retryAfterSeconds });

describe('a refused sign-in, in the reader’s language', () => {
  it('says a wrong password in Swedish and in English', () => {
    expect(signInFailureText(refused('wrongCredentials'), 'sv')).toBe('Fel användarnamn eller lösenord.');
    expect(signInFailureText(refused('wrongCredentials'), 'en')).toBe('Wrong username or password.');
  });

  it('says when to try again, in seconds below two minutes and in minutes above', () => {
    expect(signInFailureText(refused('accountThrottledFromAddress', 900), 'sv')).toBe(
      'För många misslyckade inloggningar för det här kontot från den här adressen. Försök igen om 15 minuter.',
    );
    expect(signInFailureText(refused('addressThrottled', 45), 'sv')).toBe('För många misslyckade inloggningar från den här adressen. Försök igen om 45 sekunder.');
    expect(signInFailureText(refused('checksBusy', 1), 'en')).toBe('Many people are signing in right now. Try again in 1 second.');
  });

  it('shows an error the server did not explain as it came', () => {
    expect(signInFailureText(new RequestError('Neo4j is not reachable', 'DATABASE_UNAVAILABLE'), 'sv')).toBe('Neo4j is not reachable');
    expect(signInFailureText(refused('somethingNew'), 'sv')).toBe('the server’s English text');
  });
});
