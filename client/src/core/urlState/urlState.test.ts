import fc from 'fast-check';
import { evidenceNames, kindNames, relationshipNames } from '../i18n/vocabulary';
import type { Evidence, NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import { measureKeys } from '../analytics/measures';
import {
  defaultExplorerState,
  graphModes,
  isIsoDate,
  layoutNames,
  readExplorerState,
  readShellState,
  writeExplorerState,
  writeShellState,
  type ExplorerState,
  type Panel,
} from './urlState';

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/).filter((text) => text.length <= 60);
const distinct = <T>(item: fc.Arbitrary<T>) => fc.uniqueArray(item, { maxLength: 4 });
const nodeKind = fc.constantFrom(...(Object.keys(kindNames) as NodeKind[]));
const evidence = fc.constantFrom(...(Object.keys(evidenceNames) as Evidence[]));
const relationshipType = fc.constantFrom(...(Object.keys(relationshipNames) as RelationshipType[]));
const panel: fc.Arbitrary<Panel | null> = fc.oneof(
  fc.constant(null),
  slug.map((place): Panel => ({ kind: 'covering', place })),
  slug.map((body): Panel => ({ kind: 'members', body })),
  fc.tuple(slug, fc.option(slug, { nil: null })).map(([a, b]): Panel => ({ kind: 'overlap', a, b })),
);

const explorerState: fc.Arbitrary<ExplorerState> = fc.record({
  selected: fc.option(slug, { nil: null }),
  focus: fc.option(slug, { nil: null }),
  hidden: distinct(slug),
  expanded: fc.uniqueArray(fc.record({ id: slug, types: distinct(relationshipType) }), { maxLength: 3, selector: (entry) => entry.id }),
  layout: fc.constantFrom(...layoutNames),
  mode: fc.constantFrom(...graphModes),
  table: fc.boolean(),
  filters: fc.record({
    hiddenKinds: distinct(nodeKind),
    counties: distinct(slug),
    goalAreas: distinct(slug),
    hiddenEvidence: distinct(evidence),
    bodyTypes: distinct(fc.constantFrom('finsamAssociation', 'meeting', 'programmeArea')),
  }),
  panel,
  display: fc.record({
    size: fc.option(fc.constantFrom(...measureKeys), { nil: null }),
    colour: fc.option(fc.constantFrom('community' as const, ...measureKeys), { nil: null }),
  }),
  measureFilter: fc.record({
    top: fc.option(fc.record({ measure: fc.constantFrom(...measureKeys), n: fc.integer({ min: 1, max: 100_000 }) }), { nil: null }),
    minCore: fc.option(fc.integer({ min: 1, max: 1_000 }), { nil: null }),
  }),
  path: fc.record({ from: fc.option(slug, { nil: null }), to: fc.option(slug, { nil: null }) }),
});

describe('the view state in the URL', () => {
  it('reads back every explorer state it writes', () => {
    fc.assert(
      fc.property(explorerState, (state) => {
        const url = writeExplorerState(state, new URLSearchParams()).toString();
        expect(readExplorerState(new URLSearchParams(url))).toEqual(state);
      }),
    );
  });

  it("leaves other parts' keys alone and writes nothing for the default view", () => {
    const params = new URLSearchParams('view=gaps&asOf=2007-06-30&sel=ams');
    const written = writeExplorerState(defaultExplorerState, params);
    expect(written.toString()).toBe('view=gaps&asOf=2007-06-30');
  });

  it('round-trips the shell: view, date and language', () => {
    const params = writeShellState({ view: 'explorer', asOf: '2007-07-01', language: 'en' }, new URLSearchParams('sel=ams'));
    expect(params.toString()).toBe('sel=ams&view=explorer&asOf=2007-07-01&lang=en');
    expect(readShellState(params)).toEqual({ view: 'explorer', asOf: '2007-07-01', language: 'en' });
    expect(readShellState(writeShellState({ view: null, asOf: null, language: 'sv' }, params)).asOf).toBeNull();
  });

  it('falls back to defaults for values it cannot read, never failing', () => {
    const state = readExplorerState(
      new URLSearchParams('layout=spiral&mode=3d&hideKinds=Dragon,Agency&sel=<script>&panel=nope.x&expand=ams.NOPE.UNIT_OF&size=fame&colour=community&top=betweenness.0&kcore=2.5&pathTo=ams'),
    );
    expect(state).toEqual({
      ...defaultExplorerState,
      filters: { ...defaultExplorerState.filters, hiddenKinds: ['Agency'] },
      expanded: [{ id: 'ams', types: ['UNIT_OF'] }],
      display: { size: null, colour: 'community' },
      path: { from: null, to: 'ams' },
    });
    expect(readExplorerState(new URLSearchParams('top=pagerank.20&kcore=2')).measureFilter).toEqual({ top: { measure: 'pagerank', n: 20 }, minCore: 2 });
    expect(readShellState(new URLSearchParams('asOf=2007-02-30&lang=fi')).asOf).toBeNull();
    fc.assert(fc.property(fc.string(), (text) => expect(() => readExplorerState(new URLSearchParams(text))).not.toThrow()));
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2007-06-30')).toBe(true);
    expect(isIsoDate('2008-02-29')).toBe(true);
    expect(isIsoDate('2007-02-29')).toBe(false);
    expect(isIsoDate('2007-6-30')).toBe(false);
  });
});
