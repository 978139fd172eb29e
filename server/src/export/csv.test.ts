import { parse } from 'csv-parse/sync';
import { exportEdge, exportNode } from '../../../tests/helpers/exportGraphs';
import { edgesCsv, neutralise, nodesCsv } from './csv';

describe('CSV export', () => {
  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises the formula-like cell %j', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, numbers (also negative) and lists alone', () => {
    expect(neutralise('Malmö')).toBe('Malmö');
    expect(neutralise(-12.5)).toBe(-12.5);
    expect(neutralise(['goal-school', 'goal-employment'])).toBe('goal-school; goal-employment');
  });

  it('writes Gephi headers and reads back with a CSV parser, formulas neutralised in every column', () => {
    const nodes = [exportNode('a', 'Agency', { note: '=cmd|calc', figures: 3 }), exportNode('b', 'Body', { note: 'line one\nline "two"' })];
    const nodeRows = parse<Record<string, string>>(nodesCsv({ nodes, edges: [] }), { columns: true });
    expect(nodeRows.map((row) => [row['Id'], row['Label'], row['kind'], row['note']])).toEqual([
      ['a', 'a', 'Agency', "'=cmd|calc"],
      ['b', 'b', 'Body', 'line one\nline "two"'],
    ]);
    const edges = [exportEdge('-e', 'MEMBER_OF', 'a', 'b', { role: '@chair' })];
    const edgeRows = parse<Record<string, string>>(edgesCsv({ nodes, edges }), { columns: true });
    expect(Object.keys(edgeRows[0] ?? {}).slice(0, 5)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label']);
    expect(edgeRows[0]).toMatchObject({ Source: 'a', Target: 'b', Type: 'Directed', Id: "'-e", Label: 'MEMBER_OF', role: "'@chair" });
  });
});
