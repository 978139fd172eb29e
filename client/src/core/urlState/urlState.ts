import type { Evidence, NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import { languages, type Language } from '../i18n/messages';
import { evidenceNames, kindNames, relationshipNames } from '../i18n/vocabulary';
import { noFilters, type FilterState } from '../filters/filters';
import { noMeasureFilter, type MeasureFilter } from '../analytics/measureFilter';
import { isMeasureKey, type MeasureKey } from '../analytics/measures';
import { noMeasureDisplay, type MeasureDisplay } from '../analytics/nodeStyling';

export const layoutNames = ['force', 'geographic', 'concentric', 'hierarchy', 'counties'] as const;
export type LayoutName = (typeof layoutNames)[number];

export const graphModes = ['twoMode', 'projected'] as const;
export type GraphMode = (typeof graphModes)[number];

/** The analysis panel beside the graph: bodies covering a place, members of a body, or two bodies compared. */
export type Panel =
  | { kind: 'covering'; place: string }
  | { kind: 'members'; body: string }
  | { kind: 'overlap'; a: string; b: string | null };

/** A node whose neighbours are shown whatever the filters say; no types means every type. */
export interface Expansion {
  id: string;
  types: RelationshipType[];
}

export interface ExplorerState {
  selected: string | null;
  focus: string | null;
  hidden: string[];
  expanded: Expansion[];
  layout: LayoutName;
  mode: GraphMode;
  table: boolean;
  filters: FilterState;
  panel: Panel | null;
  /** Which measures size and colour the nodes. */
  display: MeasureDisplay;
  /** Top n by a measure, minimum k-core. */
  measureFilter: MeasureFilter;
  /** The two ends asked "how are they connected?"; a missing start is the selection. */
  path: { from: string | null; to: string | null };
}

export interface ShellState {
  view: string | null;
  asOf: string | null;
  language: Language;
}

export const defaultExplorerState: ExplorerState = {
  selected: null,
  focus: null,
  hidden: [],
  expanded: [],
  layout: 'force',
  mode: 'twoMode',
  table: false,
  filters: noFilters,
  panel: null,
  display: noMeasureDisplay,
  measureFilter: noMeasureFilter,
  path: { from: null, to: null },
};

/** The query parameters each part owns; anything else in the URL is left alone. */
const shellKeys = { view: 'view', asOf: 'asOf', language: 'lang' } as const;
const explorerKeys = {
  selected: 'sel',
  focus: 'focus',
  hidden: 'hide',
  expanded: 'expand',
  layout: 'layout',
  mode: 'mode',
  table: 'table',
  hiddenKinds: 'hideKinds',
  counties: 'counties',
  goalAreas: 'goals',
  hiddenEvidence: 'hideEvidence',
  bodyTypes: 'bodyTypes',
  panel: 'panel',
  size: 'size',
  colour: 'colour',
  top: 'top',
  minCore: 'kcore',
  pathFrom: 'pathFrom',
  pathTo: 'pathTo',
} as const;

/** The most nodes "top n" keeps, and the highest k-core asked for: beyond any network the explorer draws. */
const largestTop = 100_000;
const largestCore = 1_000;

const idPattern = /^[\w-]{1,200}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const nodeKinds = Object.keys(kindNames) as NodeKind[];
const evidenceLevels = Object.keys(evidenceNames) as Evidence[];
const relationshipTypes = Object.keys(relationshipNames) as RelationshipType[];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function oneOf<T extends string>(values: readonly T[], text: string | null): T | null {
  return values.find((value) => value === text) ?? null;
}

function id(text: string | null): string | null {
  return text !== null && idPattern.test(text) ? text : null;
}

function list(params: URLSearchParams, key: string): string[] {
  const text = params.get(key);
  return text === null || text === '' ? [] : [...new Set(text.split(','))];
}

function ids(params: URLSearchParams, key: string): string[] {
  return list(params, key).filter((entry) => idPattern.test(entry));
}

function members<T extends string>(values: readonly T[], params: URLSearchParams, key: string): T[] {
  return list(params, key).flatMap((entry) => oneOf(values, entry) ?? []);
}

function readExpansion(text: string): Expansion | null {
  const [node, ...types] = text.split('.');
  const nodeId = id(node ?? null);
  if (nodeId === null) return null;
  return { id: nodeId, types: [...new Set(types.flatMap((type) => oneOf(relationshipTypes, type) ?? []))] };
}

function readPanel(text: string | null): Panel | null {
  const [kind, first, second] = (text ?? '').split('.');
  const a = id(first ?? null);
  if (a === null) return null;
  if (kind === 'covering') return { kind, place: a };
  if (kind === 'members') return { kind, body: a };
  if (kind === 'overlap') return { kind, a, b: id(second ?? null) };
  return null;
}

function writePanel(panel: Panel): string {
  if (panel.kind === 'covering') return `covering.${panel.place}`;
  if (panel.kind === 'members') return `members.${panel.body}`;
  return panel.b === null ? `overlap.${panel.a}` : `overlap.${panel.a}.${panel.b}`;
}

function count(text: string | undefined | null, largest: number): number | null {
  if (text === undefined || text === null || !/^\d{1,6}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= largest ? value : null;
}

function readTop(text: string | null): MeasureFilter['top'] {
  const [name, n] = (text ?? '').split('.');
  const measure = readMeasure(name ?? null);
  const size = count(n, largestTop);
  return measure !== null && size !== null ? { measure, n: size } : null;
}

function readMeasure(text: string | null): MeasureKey | null {
  return isMeasureKey(text) ? text : null;
}

function readColour(text: string | null): MeasureDisplay['colour'] {
  return text === 'community' ? text : readMeasure(text);
}

/** Reads the explorer's part of the URL; what cannot be read falls back to the default, never an error. */
export function readExplorerState(params: URLSearchParams): ExplorerState {
  const k = explorerKeys;
  return {
    selected: id(params.get(k.selected)),
    focus: id(params.get(k.focus)),
    hidden: ids(params, k.hidden),
    expanded: list(params, k.expanded).flatMap((entry) => readExpansion(entry) ?? []),
    layout: oneOf(layoutNames, params.get(k.layout)) ?? defaultExplorerState.layout,
    mode: oneOf(graphModes, params.get(k.mode)) ?? defaultExplorerState.mode,
    table: params.get(k.table) === '1',
    filters: {
      hiddenKinds: members(nodeKinds, params, k.hiddenKinds),
      counties: ids(params, k.counties),
      goalAreas: ids(params, k.goalAreas),
      hiddenEvidence: members(evidenceLevels, params, k.hiddenEvidence),
      bodyTypes: list(params, k.bodyTypes).filter((entry) => /^\w{1,60}$/.test(entry)),
    },
    panel: readPanel(params.get(k.panel)),
    display: { size: readMeasure(params.get(k.size)), colour: readColour(params.get(k.colour)) },
    measureFilter: { top: readTop(params.get(k.top)), minCore: count(params.get(k.minCore), largestCore) },
    path: { from: id(params.get(k.pathFrom)), to: id(params.get(k.pathTo)) },
  };
}

function put(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null || value === '') params.delete(key);
  else params.set(key, value);
}

/** Writes the explorer's part of the URL into params; defaults are left out so links stay short. */
export function writeExplorerState(state: ExplorerState, params: URLSearchParams): URLSearchParams {
  const k = explorerKeys;
  const next = new URLSearchParams(params);
  put(next, k.selected, state.selected);
  put(next, k.focus, state.focus);
  put(next, k.hidden, state.hidden.join(','));
  put(next, k.expanded, state.expanded.map((expansion) => [expansion.id, ...expansion.types].join('.')).join(','));
  put(next, k.layout, state.layout === defaultExplorerState.layout ? null : state.layout);
  put(next, k.mode, state.mode === defaultExplorerState.mode ? null : state.mode);
  put(next, k.table, state.table ? '1' : null);
  put(next, k.hiddenKinds, state.filters.hiddenKinds.join(','));
  put(next, k.counties, state.filters.counties.join(','));
  put(next, k.goalAreas, state.filters.goalAreas.join(','));
  put(next, k.hiddenEvidence, state.filters.hiddenEvidence.join(','));
  put(next, k.bodyTypes, state.filters.bodyTypes.join(','));
  put(next, k.panel, state.panel === null ? null : writePanel(state.panel));
  put(next, k.size, state.display.size);
  put(next, k.colour, state.display.colour);
  put(next, k.top, state.measureFilter.top === null ? null : `${state.measureFilter.top.measure}.${state.measureFilter.top.n}`);
  put(next, k.minCore, state.measureFilter.minCore === null ? null : String(state.measureFilter.minCore));
  put(next, k.pathFrom, state.path.from);
  put(next, k.pathTo, state.path.to);
  return next;
}

export function readShellState(params: URLSearchParams): ShellState {
  const asOf = params.get(shellKeys.asOf);
  const view = params.get(shellKeys.view);
  return {
    view: view !== null && /^[\w-]{1,60}$/.test(view) ? view : null,
    asOf: asOf !== null && isIsoDate(asOf) ? asOf : null,
    language: oneOf(languages, params.get(shellKeys.language)) ?? 'sv',
  };
}

export function writeShellState(state: ShellState, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  put(next, shellKeys.view, state.view);
  put(next, shellKeys.asOf, state.asOf);
  put(next, shellKeys.language, state.language === 'sv' ? null : state.language);
  return next;
}
