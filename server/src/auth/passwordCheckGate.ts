import type { SignInRefusal } from '../../../domain/signInRefusals';
import { AppError } from '../db/errors';
import { signInLimits } from '../security/limits';

type Limits = Pick<typeof signInLimits, 'passwordChecksPerClient' | 'passwordChecksAtOnce' | 'passwordCheckQueue'>;

function busy(): never {
  throw new AppError('FORBIDDEN', 'Too many sign-ins at once; try again in a moment.', { reason: 'checksBusy' satisfies SignInRefusal, retryAfterSeconds: 1 });
}

/**
 * Bounds the CPU that argon2 may take: a few checks per client address and a few in all run at once, a short queue
 * waits, and anything beyond is refused at once, so a flood of anonymous sign-ins cannot starve the reads.
 */
export class PasswordCheckGate {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  /** Checks running or queued per address; an address leaves the map when its last check ends. */
  private readonly perClient = new Map<string, number>();

  constructor(private readonly limits: Limits = signInLimits) {}

  async run<T>(client: string, check: () => Promise<T>): Promise<T> {
    const ofClient = this.perClient.get(client) ?? 0;
    if (ofClient >= this.limits.passwordChecksPerClient) busy();
    if (this.running >= this.limits.passwordChecksAtOnce && this.queue.length >= this.limits.passwordCheckQueue) busy();
    this.perClient.set(client, ofClient + 1);
    try {
      if (this.running >= this.limits.passwordChecksAtOnce) await new Promise<void>((resolve) => this.queue.push(resolve));
      else this.running += 1;
      try {
        return await check();
      } finally {
        // A queued check takes over the running slot, so `running` never drops while others wait.
        const next = this.queue.shift();
        if (next === undefined) this.running -= 1;
        else next();
      }
    } finally {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left === 0) this.perClient.delete(client);
      else this.perClient.set(client, left);
    }
  }
}
