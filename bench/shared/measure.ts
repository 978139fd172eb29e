/** Timing with percentiles, bounded both in iterations and in wall time so a bench run always ends. */
export interface Timing {
  name: string;
  samples: number[];
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export interface MeasureOptions {
  warmup?: number;
  iterations?: number;
  /** Stop sampling once this much time has gone (at least `minIterations` samples are always taken). */
  budgetMs?: number;
  minIterations?: number;
}

/** The nearest-rank percentile of samples (unsorted input is fine). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summarise(name: string, samples: number[]): Timing {
  return {
    name,
    samples,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

const defaults: Required<MeasureOptions> = { warmup: 2, iterations: 30, budgetMs: 20_000, minIterations: 5 };

/** Runs `work` repeatedly (the call index lets it vary its input) and times each call. */
export async function measure(name: string, work: (index: number) => Promise<unknown>, options: MeasureOptions = {}): Promise<Timing> {
  const { warmup, iterations, budgetMs, minIterations } = { ...defaults, ...options };
  for (let index = 0; index < warmup; index++) await work(index);
  const samples: number[] = [];
  const started = performance.now();
  for (let index = 0; index < iterations; index++) {
    if (index >= minIterations && performance.now() - started > budgetMs) break;
    const before = performance.now();
    await work(index);
    samples.push(performance.now() - before);
  }
  return summarise(name, samples);
}

/**
 * Times several ways of doing the same thing in alternation (the order rotates each round), so load from
 * other processes on the machine, and caches warmed by whoever goes first, fall on all sides alike.
 */
export async function measureInterleaved(
  entries: { name: string; work: (index: number) => Promise<unknown> }[],
  options: MeasureOptions = {},
): Promise<Timing[]> {
  const { warmup, iterations, budgetMs, minIterations } = { ...defaults, ...options };
  for (let index = 0; index < warmup; index++) {
    for (const entry of entries) await entry.work(index);
  }
  const samples = entries.map((): number[] => []);
  const started = performance.now();
  for (let index = 0; index < iterations; index++) {
    if (index >= minIterations && performance.now() - started > budgetMs) break;
    for (let turn = 0; turn < entries.length; turn++) {
      const side = (turn + index) % entries.length;
      const before = performance.now();
      await entries[side]?.work(index);
      samples[side]?.push(performance.now() - before);
    }
  }
  return entries.map((entry, side) => summarise(entry.name, samples[side] ?? []));
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** A Markdown table, so results paste straight into bench/RESULTS.md. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
