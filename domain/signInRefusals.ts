/**
 * Why a sign-in was refused: sent as `extensions.reason` (with `retryAfterSeconds` where waiting helps), so the client
 * can say it in the reader's language instead of showing the server's English message.
 */
export const signInRefusals = ['wrongCredentials', 'checksBusy', 'addressThrottled', 'accountThrottledFromAddress', 'accountSlowed'] as const;

export type SignInRefusal = (typeof signInRefusals)[number];

export function isSignInRefusal(value: unknown): value is SignInRefusal {
  return typeof value === 'string' && (signInRefusals as readonly string[]).includes(value);
}
