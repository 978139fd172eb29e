import { parse } from 'csv-parse/sync';
import { exportEdge, exportNode } from '../../../tests/helpers/exportGraphs';
import { edgesCsv, neutralise, nodesCsv } from './csv';

describe('CSV export', () => {
  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises the formula-like cell %j', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and numbers (also negative) alone, and writes a list as a JSON array that splits back', () => {
    expect(neutralise('Malmö')).toBe('Malmö');
    expect(neutralise(-12.5)).toBe(-12.5);
    const items = ['sou-2007-104: lines 590-598; lines 802-807', 'with "quote"', '=not a formula'];
    expect(JSON.parse(String(neutralise(items)))).toEqual(items);
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
    expect(Object.keys(edgeRows[0] ?? {}).slice(0, 6)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'Kind']);
    expect(edgeRows[0]).toMatchObject({ Source: 'a', Target: 'b', Type: 'Directed', Id: "'-e", Label: 'MEMBER_OF', Kind: 'MEMBER_OF', role: "'@chair" });
  });

  it('gives parallel links of one type between the same ends a kind of their own', () => {
    const nodes = [exportNode('fk', 'Agency'), exportNode('ams', 'Agency'), exportNode('b', 'Body')];
    const edges = [
      exportEdge('coop-1', 'COOPERATES_WITH', 'fk', 'ams'),
      exportEdge('coop-2', 'COOPERATES_WITH', 'fk', 'ams'),
      exportEdge('coop-3', 'COOPERATES_WITH', 'ams', 'fk'),
      exportEdge('member', 'MEMBER_OF', 'fk', 'b'),
    ];
    const rows = parse<Record<string, string>>(edgesCsv({ nodes, edges }), { columns: true });
    expect(rows.map((row) => row['Kind'])).toEqual(['COOPERATES_WITH:coop-1', 'COOPERATES_WITH:coop-2', 'COOPERATES_WITH', 'MEMBER_OF']);
  });
});
