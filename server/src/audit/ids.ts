import { randomBytes } from 'node:crypto';

let sequence = 0;

/** An id that sorts by the time it was made (then by order within the process), so "newest first" is an id sort. */
export function timeOrderedId(prefix: string, now: Date = new Date()): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${prefix}-${String(now.getTime()).padStart(13, '0')}-${String(sequence).padStart(6, '0')}-${randomBytes(3).toString('hex')}`;
}
