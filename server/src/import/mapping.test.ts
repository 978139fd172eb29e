import { applyMapping, guessKind, strictMapping, suggestMapping } from './mapping';

const table = (name: string, columns: string[], cells: Record<string, string> = {}) => ({
  name,
  columns,
  rows: [{ file: name, line: 2, cells }],
});

describe('guessKind', () => {
  it('knows a table by its name, in English or Swedish', () => {
    expect(guessKind(table('kopplingar', ['id']))).toBe('links');
    expect(guessKind(table('Källor', ['id']))).toBe('sources');
    expect(guessKind(table('nodes2', ['id']))).toBe('nodes');
  });

  it('otherwise by its columns, and leaves an instructions sheet out', () => {
    expect(guessKind(table('Blad1', ['id', 'from', 'to']))).toBe('links');
    expect(guessKind(table('Blad2', ['ID', 'Kind']))).toBe('nodes');
    expect(guessKind(table('instructions', ['table', 'field']))).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('matches headers without case, spaces or diacritics, and Swedish names', () => {
    expect(suggestMapping(table('noder', ['Id', 'Namn', 'Giltig från', 'valid_to', 'Färg'])).columns).toEqual([
      { column: 'Id', field: 'id' },
      { column: 'Namn', field: 'name' },
      { column: 'Giltig från', field: 'validFrom' },
      { column: 'valid_to', field: 'validTo' },
      { column: 'Färg', field: null },
    ]);
  });
});

describe('applyMapping', () => {
  it('renames mapped columns and drops ignored ones', () => {
    const data = [table('noder', ['Id', 'Färg'], { Id: 'a', Färg: 'blå' })];
    const { tables, problems } = applyMapping(data, [{ name: 'noder', kind: 'nodes', columns: [{ column: 'Id', field: 'id' }, { column: 'Färg', field: null }] }]);
    expect(problems).toEqual([]);
    expect(tables[0]?.rows[0]?.cells).toEqual({ id: 'a' });
  });

  it('refuses a field mapped twice or one the table kind does not have', () => {
    const data = [table('noder', ['a', 'b', 'c'])];
    const { problems } = applyMapping(data, [
      { name: 'noder', kind: 'nodes', columns: [{ column: 'a', field: 'name' }, { column: 'b', field: 'name' }, { column: 'c', field: 'citation' }] },
    ]);
    expect(problems).toEqual([
      { table: 'noder', column: 'b', reason: '"name" is mapped from two columns' },
      { table: 'noder', column: 'c', reason: '"citation" is not a field of nodes' },
    ]);
  });

  it('on the command line, reports a column it cannot place', () => {
    expect(strictMapping([table('nodes', ['id', 'colour'])]).problems).toEqual([{ table: 'nodes', column: 'colour', reason: 'is not a known column' }]);
  });
});
