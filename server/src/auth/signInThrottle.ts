import { AppError } from '../db/errors';

const windowMs = 15 * 60 * 1000;
const allowedFailures = 5;

/** Slows password guessing: after five failures for a username, it is locked for fifteen minutes. */
export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  check(username: string, now = Date.now()): void {
    const entry = this.failures.get(username);
    if (entry === undefined) return;
    if (now - entry.since > windowMs) {
      this.failures.delete(username);
      return;
    }
    if (entry.count >= allowedFailures) {
      throw new AppError('FORBIDDEN', 'Too many failed sign-ins for this account; try again in 15 minutes.');
    }
  }

  fail(username: string, now = Date.now()): void {
    const entry = this.failures.get(username);
    if (entry === undefined || now - entry.since > windowMs) this.failures.set(username, { count: 1, since: now });
    else entry.count += 1;
  }

  succeed(username: string): void {
    this.failures.delete(username);
  }
}
