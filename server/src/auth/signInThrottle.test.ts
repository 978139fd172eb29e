import { SignInThrottle } from './signInThrottle';

describe('SignInThrottle', () => {
  it('locks a username after five failures for fifteen minutes, and a success clears it', () => {
    const throttle = new SignInThrottle();
    for (let failure = 0; failure < 5; failure += 1) throttle.fail('anna', 1_000);
    expect(() => throttle.check('anna', 2_000)).toThrow(/Too many failed sign-ins/);
    expect(() => throttle.check('bertil', 2_000)).not.toThrow();
    expect(() => throttle.check('anna', 1_000 + 15 * 60 * 1000 + 1)).not.toThrow();
    throttle.fail('cecilia');
    throttle.succeed('cecilia');
    expect(() => throttle.check('cecilia')).not.toThrow();
  });
});
