import type { Core } from 'cytoscape';

/** What the benchmark reads back from a page: marks in page time, long tasks, and a final summary. */
export interface ProbeResult {
  marks: Record<string, number>;
  longTasks: { start: number; duration: number }[];
  info: Record<string, unknown>;
  error?: string;
}

declare global {
  interface Window {
    benchResult?: ProbeResult;
  }
}

const marks: Record<string, number> = {};
const longTasks: { start: number; duration: number }[] = [];

export function installProbe(): void {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export const probe = {
  mark(name: string): void {
    marks[name] = performance.now();
  },
  watch(cy: Core): void {
    cy.on('render', () => {
      marks['lastRender'] = performance.now();
    });
  },
  /** The first frame drawn after the layout: the graph is complete on screen. */
  afterNextRender(cy: Core, info: Record<string, unknown>): void {
    cy.one('render', () => {
      marks['rendered'] = performance.now();
      // Long tasks are reported after they end; one more frame lets the last one arrive.
      requestAnimationFrame(() => setTimeout(() => probe.finish(info), 50));
    });
    cy.forceRender();
  },
  finish(info: Record<string, unknown>): void {
    window.benchResult = { marks: { ...marks }, longTasks: [...longTasks], info };
  },
  fail(error: unknown): void {
    window.benchResult = { marks: { ...marks }, longTasks: [...longTasks], info: {}, error: error instanceof Error ? error.message : String(error) };
  },
};
