import { sortChanges } from './sortChanges';

const rows = [
  { id: 'a', name: 'Älvsbyn', from: 0.1, to: 0.3, change: 0.2 },
  { id: 'b', name: 'Arboga', from: 0.4, to: 0.1, change: -0.3 },
  { id: 'c', name: 'Borås', from: null, to: 0.2, change: null },
  { id: 'd', name: 'Bjuv', from: 0.2, to: 0.2, change: 0 },
];

describe('sorting the measure changes', () => {
  it('sorts by change, largest first, with nodes absent on a date last either way', () => {
    expect(sortChanges(rows, { column: 'change', descending: true }, 'sv').map((row) => row.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortChanges(rows, { column: 'change', descending: false }, 'sv').map((row) => row.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('sorts by the value on either date, equal values by name', () => {
    expect(sortChanges(rows, { column: 'from', descending: true }, 'en').map((row) => row.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortChanges(rows, { column: 'to', descending: false }, 'en').map((row) => row.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('sorts names as each language collates them: Ä after Z in Swedish, beside A in English', () => {
    expect(sortChanges(rows, { column: 'name', descending: false }, 'sv').map((row) => row.name)).toEqual(['Arboga', 'Bjuv', 'Borås', 'Älvsbyn']);
    expect(sortChanges(rows, { column: 'name', descending: false }, 'en').map((row) => row.name)).toEqual(['Älvsbyn', 'Arboga', 'Bjuv', 'Borås']);
  });
});
