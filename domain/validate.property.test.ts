import fc from 'fast-check';
import { linkRow, nodeRow, seedRows, sourceRow } from '../tests/helpers/builders';
import { nodeKinds, relationshipTypes } from './kinds';
import type { SourcedRow } from './csvFiles';
import { validateSeed, type SeedRows } from './validate';

const knownColumns = ['id', 'kind', 'name', 'type', 'from', 'to', 'evidence', 'source', 'locator', 'validFrom', 'validTo', 'figures', 'latitude', 'goalAreas', 'bodyType'];
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('municipality-0001', 'body-test', 'report', 'documented', '2007', '2007-02-30', '2007-13', '', ...nodeKinds, ...relationshipTypes),
);
const cells = fc.dictionary(fc.oneof(fc.constantFrom(...knownColumns), fc.string({ maxLength: 8 })), value, { maxKeys: 10 });
const rows = (file: string) => fc.array(cells, { maxLength: 5 }).map((list) => list.map((entry, index): SourcedRow => ({ file, line: index + 2, cells: entry })));

describe('seed validation, for any rows', () => {
  it('never throws, and names a file, line, field and reason for every problem it finds', () => {
    const anyRows = fc.record({ sources: rows('sources.csv'), nodes: rows('nodes/x.csv'), links: rows('links/x.csv'), rules: rows('rules.csv') });
    fc.assert(
      fc.property(anyRows, (input: SeedRows) => {
        const result = validateSeed(input);
        if (result.ok) return;
        const places = new Set([...input.sources, ...input.nodes, ...input.links, ...input.rules].map((row) => `${row.file}:${row.line}`));
        for (const problem of result.problems) {
          expect(places.has(`${problem.file}:${problem.line}`)).toBe(true);
          expect(problem.field).not.toBe('');
          expect(problem.reason).not.toBe('');
        }
      }),
    );
  });

  it('does not depend on the order of rows', () => {
    const dataset = seedRows({
      sources: [sourceRow(), sourceRow({ id: 'other' })],
      nodes: [nodeRow(), nodeRow({ id: 'body-test', kind: 'Body', name: 'B' }), nodeRow({ id: 'municipality-0002', name: 'Two' })],
      links: [linkRow(), linkRow({ id: 'member-two', from: 'municipality-0002' }), linkRow({ id: 'bad', to: 'nowhere' })],
    });
    const outcome = (input: SeedRows) => {
      const result = validateSeed(input);
      return result.ok ? 'ok' : result.problems.map((problem) => `${problem.file}:${problem.line}:${problem.field}`).sort();
    };
    const expected = outcome(dataset);
    expect(expected).not.toBe('ok');
    fc.assert(
      fc.property(fc.shuffledSubarray(dataset.nodes, { minLength: 3 }), fc.shuffledSubarray(dataset.links, { minLength: 3 }), (nodes, links) => {
        expect(outcome({ ...dataset, nodes, links })).toEqual(expected);
      }),
    );
  });

  it('accepts a valid dataset with any real dates, whatever their precision, as long as the window runs forward', () => {
    const period = fc.oneof(
      fc.integer({ min: 1900, max: 2100 }).map(String),
      fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 7)),
      fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(period, period, (a, b) => {
        const [validFrom, validTo] = a.slice(0, 4) <= b.slice(0, 4) ? [a, b] : [b, a];
        const result = validateSeed(seedRows({ links: [linkRow({ validFrom, validTo })] }));
        if (!result.ok) expect(result.problems.map((problem) => problem.reason)).toEqual([expect.stringMatching(/^ends \(.*\) before it starts/)]);
      }),
    );
  });
});
