import type { SourcedRow } from '../../../domain/csvFiles';

/** Rough heap cost of a row object and of each cell (key, value and the entry itself) beyond its characters. */
const rowOverhead = 96;
const cellOverhead = 48;

/** What rows held in memory weigh, estimated from their text (two bytes a character) and fixed overheads. */
export function heldBytesOf(rows: readonly SourcedRow[]): number {
  let bytes = 0;
  for (const { cells } of rows) {
    bytes += rowOverhead;
    for (const [column, value] of Object.entries(cells)) bytes += cellOverhead + 2 * (column.length + value.length);
  }
  return bytes;
}
