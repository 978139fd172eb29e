import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ProbeResult } from './harness/probe';

/** One page load's figures, in ms from the moment the network answer had arrived. */
export interface RenderRun {
  finished: boolean;
  renderedNodes: number | null;
  /** Data arrival → first frame drawn after the layout (the graph complete on screen). */
  toRenderMs: number | null;
  layoutMs: number | null;
  longTasksOver200: number;
  longestTaskMs: number;
  info: Record<string, unknown>;
}

interface AppProbeState {
  marks: Record<string, number>;
  layouts: { start: number; stop?: number }[];
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    benchProbe?: AppProbeState;
    benchResult?: ProbeResult;
  }
}

const appProbe = readFileSync(new URL('./appProbe.js', import.meta.url), 'utf8');

function summarise(marks: Record<string, number>, longTasks: { start: number; duration: number }[], layoutMs: number | null, info: Record<string, unknown>, renderedNodes: number | null, finished: boolean, renderedMark: string): RenderRun {
  const arrived = marks['dataArrived'] ?? Number.POSITIVE_INFINITY;
  const after = longTasks.filter((task) => task.start + task.duration >= arrived);
  const rendered = marks[renderedMark];
  return {
    finished,
    renderedNodes,
    toRenderMs: rendered === undefined || !Number.isFinite(arrived) ? null : rendered - arrived,
    layoutMs,
    longTasksOver200: after.filter((task) => task.duration > 200).length,
    longestTaskMs: Math.max(0, ...after.map((task) => task.duration)),
    info,
  };
}

/** Reads from a page whose main thread may still be blocked by a layout: gives up after `ms` instead of waiting. */
async function readPage<T>(page: Page, read: () => T, ms = 10_000): Promise<Awaited<T> | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([page.evaluate(read), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function newPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1400, height: 900 } });
}

/** The app itself, with its `network` answer replaced by `payload` (every other request goes to the real server). */
export async function runApp(browser: Browser, url: string, payload: string, timeoutMs: number): Promise<RenderRun> {
  const page = await newPage(browser);
  try {
    await page.addInitScript({ content: appProbe });
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query Network')) {
        await route.fulfill({ status: 200, contentType: 'application/json', body: payload });
      } else await route.fallback();
    });
    await page.goto(url);
    let finished = true;
    try {
      await page.waitForFunction(
        () => window.benchProbe?.marks['renderedAfterLayout'] !== undefined && document.querySelector('[data-rendered-nodes]:not([data-rendered-nodes=""])') !== null,
        undefined,
        { timeout: timeoutMs, polling: 250 },
      );
      await page.waitForTimeout(300);
    } catch {
      finished = false;
    }
    const probe = await readPage(page, () => window.benchProbe);
    if (probe === undefined) return { finished: false, renderedNodes: null, toRenderMs: null, layoutMs: null, longTasksOver200: 1, longestTaskMs: timeoutMs, info: { blocked: true } };
    const rendered = await readPage(page, () => document.querySelector('[data-rendered-nodes]')?.getAttribute('data-rendered-nodes') ?? null);
    const arrived = probe.marks['dataArrived'] ?? 0;
    const layouts = probe.layouts.filter((layout) => layout.start >= arrived && layout.stop !== undefined);
    const layoutMs = layouts.length === 0 ? null : layouts.reduce((sum, layout) => sum + ((layout.stop ?? layout.start) - layout.start), 0);
    return summarise(probe.marks, probe.longTasks, layoutMs, { layouts: layouts.length }, rendered === null || rendered === undefined || rendered === '' ? null : Number(rendered), finished, 'renderedAfterLayout');
  } finally {
    // A page still busy with a layout is closed without waiting for it.
    await page.close({ runBeforeUnload: false });
  }
}

/** The bare page (bench/client/harness), drawing with the explorer's choices and nothing else, on the same data. */
export async function runHarness(browser: Browser, url: string, timeoutMs: number): Promise<RenderRun> {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    let finished = true;
    try {
      await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: timeoutMs, polling: 250 });
    } catch {
      finished = false;
    }
    const result = await readPage(page, () => window.benchResult);
    if (result?.error !== undefined) throw new Error(`The benchmark page failed: ${result.error}`);
    const marks = result?.marks ?? {};
    const layoutMs = marks['layoutStop'] !== undefined && marks['layoutStart'] !== undefined ? marks['layoutStop'] - marks['layoutStart'] : null;
    const nodes = result?.info['nodes'];
    return summarise(marks, result?.longTasks ?? [], layoutMs, result?.info ?? {}, typeof nodes === 'number' ? nodes : null, finished && result !== undefined, 'rendered');
  } finally {
    // A page still busy with a layout is closed without waiting for it.
    await page.close({ runBeforeUnload: false });
  }
}
