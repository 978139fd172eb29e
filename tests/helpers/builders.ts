import type { SourcedRow } from '../../domain/csvFiles';
import type { SeedRows } from '../../domain/validate';

/** Builders for seed rows: a valid default that each test bends in the one way it is about. */
let line = 1;

function row(file: string, cells: Record<string, string>): SourcedRow {
  line += 1;
  return { file, line, cells };
}

export function sourceRow(cells: Record<string, string> = {}): SourcedRow {
  return row('sources.csv', { id: 'report', title: 'A report', citation: 'A report, 2007', type: 'primary', ...cells });
}

export function nodeRow(cells: Record<string, string> = {}): SourcedRow {
  return row('nodes/test.csv', {
    id: 'municipality-0001',
    kind: 'Municipality',
    name: 'Testköping',
    evidence: 'documented',
    source: 'report',
    locator: 'lines 1-2',
    ...cells,
  });
}

export function linkRow(cells: Record<string, string> = {}): SourcedRow {
  return row('links/test.csv', {
    id: 'member-testkoping-body',
    type: 'MEMBER_OF',
    from: 'municipality-0001',
    to: 'body-test',
    evidence: 'documented',
    source: 'report',
    locator: 'lines 3-4',
    ...cells,
  });
}

/** A small valid dataset: one municipality that is a member of one body. */
export function seedRows(overrides: Partial<SeedRows> = {}): SeedRows {
  return {
    sources: [sourceRow()],
    nodes: [nodeRow(), nodeRow({ id: 'body-test', kind: 'Body', name: 'Testrådet', bodyType: 'localCooperation' })],
    links: [linkRow()],
    rules: [],
    ...overrides,
  };
}
