import { signInLimits } from '../security/limits';
import { PasswordCheckGate } from './passwordCheckGate';
import { SignInThrottle } from './signInThrottle';

function failTimes(throttle: SignInThrottle, username: string, client: string, times: number): void {
  for (let failure = 0; failure < times; failure += 1) throttle.claim(username, client).failed();
}

describe('SignInThrottle', () => {
  it('refuses a client that failed five times for an account, but lets the owner in from another address', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(signInLimits, () => now);
    failTimes(throttle, 'anna', '198.51.100.7', 5);
    expect(() => throttle.claim('anna', '198.51.100.7')).toThrow(/Too many failed sign-ins for this account from this address; try again in 15 minutes/);
    expect(() => throttle.claim('bertil', '198.51.100.7').abandoned()).not.toThrow();
    expect(() => throttle.claim('anna', '203.0.113.9').succeeded()).not.toThrow();
    now += signInLimits.windowMs;
    expect(() => throttle.claim('anna', '198.51.100.7').abandoned()).not.toThrow();
  });

  it('counts an attempt the moment it is let through, so parallel attempts cannot all pass', () => {
    const throttle = new SignInThrottle();
    const claims = [];
    let refused = 0;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      try {
        claims.push(throttle.claim('anna', '198.51.100.7'));
      } catch {
        refused += 1;
      }
    }
    expect(claims).toHaveLength(signInLimits.failuresPerAccountAndClient);
    expect(refused).toBe(200 - signInLimits.failuresPerAccountAndClient);
    for (const claim of claims) claim.failed();
    expect(() => throttle.claim('anna', '198.51.100.7')).toThrow(/Too many failed/);
  });

  it('refuses an address that fails for many accounts', () => {
    const throttle = new SignInThrottle();
    for (let account = 0; account < signInLimits.failuresPerClient; account += 1) throttle.claim(`user${account}`, '198.51.100.7').failed();
    expect(() => throttle.claim('someone-else', '198.51.100.7')).toThrow(expect.objectContaining({ details: { reason: 'addressThrottled', retryAfterSeconds: 900 } }) as Error);
    expect(() => throttle.claim('someone-else', '203.0.113.9').abandoned()).not.toThrow();
  });

  it('slows an account failing from many addresses with a doubling delay of at most a minute, never a lock', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(signInLimits, () => now);
    for (let client = 0; client < signInLimits.failuresPerAccountBeforeDelay; client += 1) throttle.claim('anna', `198.51.100.${client}`).failed();
    expect(() => throttle.claim('anna', '203.0.113.9')).toThrow(/Many failed sign-ins for this account; try again in 1 seconds/);
    now += 1_000;
    throttle.claim('anna', '203.0.113.10').failed();
    now += 1_000;
    expect(() => throttle.claim('anna', '203.0.113.9')).toThrow(/try again in 1 seconds/);
    now += 1_000;
    for (let round = 0; round < 20; round += 1) {
      now += signInLimits.maxAccountDelayMs;
      throttle.claim('anna', `192.0.2.${round}`).failed();
    }
    now += signInLimits.maxAccountDelayMs;
    expect(() => throttle.claim('anna', '203.0.113.9').succeeded()).not.toThrow();
  });

  it('stays bounded after 10,000 distinct usernames, and never stores a name longer than any account has', () => {
    const throttle = new SignInThrottle();
    for (let attempt = 0; attempt < 10_000; attempt += 1) {
      throttle.claim(`user-${attempt}`, `10.${attempt >> 8}.${attempt & 255}.1`).failed();
    }
    expect(throttle.size).toBeLessThanOrEqual(3 * signInLimits.tableEntries);
    const fresh = new SignInThrottle();
    for (let attempt = 0; attempt < 25; attempt += 1) fresh.claim(`${'x'.repeat(10_000)}${attempt}`, '198.51.100.7').failed();
    expect(fresh.size).toBe(1);
  });
});

describe('PasswordCheckGate', () => {
  it('runs at most two checks per address and in all, queues a few and refuses the rest at once', async () => {
    const gate = new PasswordCheckGate();
    let running = 0;
    let mostAtOnce = 0;
    const check = async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return true;
    };
    const oneAddress = await Promise.allSettled(Array.from({ length: 50 }, () => gate.run('198.51.100.7', check)));
    expect(oneAddress.filter((result) => result.status === 'fulfilled')).toHaveLength(signInLimits.passwordChecksPerClient);
    const manyAddresses = await Promise.allSettled(Array.from({ length: 50 }, (_, client) => gate.run(`203.0.113.${client}`, check)));
    expect(manyAddresses.filter((result) => result.status === 'fulfilled')).toHaveLength(signInLimits.passwordChecksAtOnce + signInLimits.passwordCheckQueue);
    expect(mostAtOnce).toBe(signInLimits.passwordChecksAtOnce);
    const refused = manyAddresses.find((result) => result.status === 'rejected');
    expect(refused?.status === 'rejected' ? String(refused.reason) : '').toMatch(/Too many sign-ins at once/);
  });
});
