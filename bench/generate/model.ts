import type { Random } from './random';

/** Years the synthetic history spans; an open end is written as an empty cell. */
export const firstYear = 1995;
export const lastYear = 2025;

/** The synthetic dataset's one source: every row points at it, so it can never pass for real data. */
export const syntheticSourceId = 'synthetic-bench';

/** Years (inclusive) a node or link holds; `openFrom`/`openTo` leave the date cell empty. */
export interface Window {
  from: number;
  to: number;
  openFrom: boolean;
  openTo: boolean;
  /** Written as whole years (a reorganisation on 1 January), never as a random month or day. */
  exact?: boolean;
}

export const always: Window = { from: firstYear, to: lastYear, openFrom: true, openTo: true };

export type Cells = Record<string, string>;

export interface GeneratedNode {
  file: string;
  cells: Cells;
  window: Window;
}

export interface GeneratedLink {
  file: string;
  cells: Cells;
}

/** What every generator step writes into, with the random source and the provenance of the run. */
export class Dataset {
  readonly nodes = new Map<string, GeneratedNode>();
  readonly links: GeneratedLink[] = [];
  readonly rules: Cells[] = [];
  private readonly linkIds = new Set<string>();

  constructor(
    readonly random: Random,
    readonly locator: string,
  ) {}

  /** Evidence as in real data: mostly documented, some general, a few proposals. */
  evidence(proposedShare = 0.04): string {
    const point = this.random.next();
    if (point < proposedShare) return 'proposed';
    return point < proposedShare + 0.22 ? 'general' : 'documented';
  }

  addNode(file: string, cells: Cells, window: Window = always): string {
    const id = cells['id'];
    if (id === undefined || this.nodes.has(id)) throw new Error(`Duplicate or missing node id ${String(id)}`);
    const provenance = { evidence: this.evidence(0.02), source: syntheticSourceId, locator: this.locator };
    this.nodes.set(id, { file, cells: { ...provenance, ...windowCells(window, this.random), ...cells }, window });
    return id;
  }

  node(id: string): GeneratedNode {
    const node = this.nodes.get(id);
    if (node === undefined) throw new Error(`No generated node ${id}`);
    return node;
  }

  /** Adds a link under a unique id built from `base`; its dates come from `window` (default: open). */
  addLink(file: string, base: string, cells: Cells, window: Window = always): string {
    let id = base;
    for (let suffix = 2; this.linkIds.has(id); suffix++) id = `${base}-${suffix}`;
    this.linkIds.add(id);
    const provenance = { evidence: this.evidence(), source: syntheticSourceId, locator: this.locator };
    this.links.push({ file, cells: { id, ...provenance, ...windowCells(window, this.random), ...cells } });
    return id;
  }

  addRule(cells: Cells): void {
    this.rules.push({ evidence: 'documented', source: syntheticSourceId, locator: this.locator, ...cells });
  }
}

/** The years both windows share, or null when they do not overlap. */
export function overlap(a: Window, b: Window): Window | null {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  if (from > to) return null;
  return { from, to, openFrom: from === a.from ? a.openFrom && b.openFrom : false, openTo: to === a.to ? a.openTo && b.openTo : false };
}

/** A window inside `outer`: starting in a random year, lasting `minYears`–`maxYears`, or left open. */
export function windowWithin(random: Random, outer: Window, minYears: number, maxYears: number, openShare: number): Window {
  const from = random.int(outer.from, outer.to);
  if (random.chance(openShare) && outer.openTo) return { from, to: outer.to, openFrom: false, openTo: true };
  const to = Math.min(outer.to, from + random.int(minYears, maxYears) - 1);
  return { from, to, openFrom: false, openTo: to === outer.to && outer.openTo };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Dates written as real data writes them: a year, a month or a day, with a window that never runs backwards. */
function windowCells(window: Window, random: Random): Cells {
  const cells: Cells = {};
  const sameYear = window.from === window.to;
  const precise = (year: number, end: boolean): string => {
    if (window.exact === true || sameYear || random.chance(0.5)) return String(year);
    const month = end ? random.int(7, 12) : random.int(1, 6);
    return random.chance(0.5) ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(end ? 28 : 1)}`;
  };
  if (!window.openFrom) cells['validFrom'] = precise(window.from, false);
  if (!window.openTo) cells['validTo'] = precise(window.to, true);
  return cells;
}
