/**
 * The analyses always work as of one day. Left out, that day is today (UTC): "today's data", as the
 * coordinator asked. The network view differs on purpose: without a date it shows every date at once.
 */
export function analysisDate(asOf: string | null | undefined, now: Date = new Date()): string {
  return asOf ?? now.toISOString().slice(0, 10);
}
