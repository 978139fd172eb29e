import { LRUCache } from 'lru-cache';
import type { SignInRefusal } from '../../../domain/signInRefusals';
import { AppError } from '../db/errors';
import { signInLimits } from '../security/limits';

type Limits = typeof signInLimits;

/** Failures in the current window, and the attempts being checked right now (counted before the check starts). */
interface Count {
  since: number;
  failures: number;
  pending: number;
  lastFailure: number;
}

/** One attempt that has been let through: it must end as exactly one of these. */
export interface SignInClaim {
  failed(): void;
  succeeded(): void;
  /** The check never ran (the database was down, the check queue full): counts neither way. */
  abandoned(): void;
}

function refuse(reason: SignInRefusal, message: string, retryAfterMs: number): never {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  throw new AppError('FORBIDDEN', `${message}; try again in ${seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}.`, {
    reason,
    retryAfterSeconds: seconds,
  });
}

/**
 * Slows password guessing without letting anyone lock an account's owner out: a client address that keeps failing
 * for an account is refused for that account (and, past a higher count, for every account), while the account
 * itself only slows down with a capped, doubling delay. An attempt is counted the moment it is let through, before
 * its password is checked, so parallel attempts cannot all slip past the count. Each table keeps its most recently
 * used entries only, so nothing a caller sends can grow it past `tableEntries`.
 */
export class SignInThrottle {
  private readonly pairs: LRUCache<string, Count>;
  private readonly clients: LRUCache<string, Count>;
  private readonly accounts: LRUCache<string, Count>;

  constructor(
    private readonly limits: Limits = signInLimits,
    private readonly clock: () => number = Date.now,
  ) {
    const table = () => new LRUCache<string, Count>({ max: limits.tableEntries });
    this.pairs = table();
    this.clients = table();
    this.accounts = table();
  }

  /** Entries held across the tables: bounded by three times `tableEntries` whatever the callers send. */
  get size(): number {
    return this.pairs.size + this.clients.size + this.accounts.size;
  }

  /** Lets one attempt through, or refuses it with FORBIDDEN saying when to try again. */
  claim(username: string, client: string): SignInClaim {
    const limits = this.limits;
    const now = this.clock();
    // No account has a longer name, so one is counted against the client only and never stored.
    const account = username.length <= limits.usernameLength ? username : undefined;
    const clientCount = this.entry(this.clients, client, now);
    if (clientCount.failures + clientCount.pending >= limits.failuresPerClient) {
      refuse('addressThrottled', 'Too many failed sign-ins from this address', this.remaining(clientCount, now));
    }
    const pairKey = account === undefined ? undefined : `${client}\u0000${account}`;
    const pairCount = pairKey === undefined ? undefined : this.entry(this.pairs, pairKey, now);
    if (pairKey !== undefined && pairCount !== undefined && pairCount.failures + pairCount.pending >= limits.failuresPerAccountAndClient) {
      refuse('accountThrottledFromAddress', 'Too many failed sign-ins for this account from this address', this.remaining(pairCount, now));
    }
    const accountCount = account === undefined ? undefined : this.entry(this.accounts, account, now);
    if (accountCount !== undefined && accountCount.failures >= limits.failuresPerAccountBeforeDelay) {
      const delay = Math.min(limits.maxAccountDelayMs, 1000 * 2 ** (accountCount.failures - limits.failuresPerAccountBeforeDelay));
      const wait = accountCount.lastFailure + delay - now;
      if (accountCount.pending > 0 || wait > 0) refuse('accountSlowed', 'Many failed sign-ins for this account', Math.max(wait, 1000));
    }
    const counts = [clientCount, pairCount, accountCount].filter((count): count is Count => count !== undefined);
    for (const count of counts) count.pending += 1;
    let open = true;
    const end = (failed: boolean) => {
      if (!open) return;
      open = false;
      for (const count of counts) {
        count.pending -= 1;
        if (failed) {
          count.failures += 1;
          count.lastFailure = this.clock();
        }
      }
    };
    return {
      failed: () => end(true),
      succeeded: () => {
        end(false);
        if (pairKey !== undefined) this.pairs.delete(pairKey);
      },
      abandoned: () => end(false),
    };
  }

  private entry(table: LRUCache<string, Count>, key: string, now: number): Count {
    const existing = table.get(key);
    if (existing === undefined) {
      const created: Count = { since: now, failures: 0, pending: 0, lastFailure: now };
      table.set(key, created);
      return created;
    }
    // A window that has ended starts afresh in place, so the attempts still being checked end on this entry.
    if (now - existing.since >= this.limits.windowMs) Object.assign(existing, { since: now, failures: 0, lastFailure: now });
    return existing;
  }

  private remaining(count: Count, now: number): number {
    return count.since + this.limits.windowMs - now;
  }
}
