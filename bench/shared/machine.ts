import { cpus, loadavg, totalmem } from 'node:os';

/** What the figures were measured on; the load average says how busy the shared machine was. */
export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 1024 ** 3);
  const load = loadavg().map((value) => value.toFixed(2)).join(' / ');
  return `${new Date().toISOString()} · ${cores.length} cores (${model}) · ${memory} GB RAM · Node ${process.version} · load average ${load}`;
}
