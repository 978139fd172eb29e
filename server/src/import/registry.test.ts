import { importLimits } from '../security/limits';
import { newRegistryId, uploads, type Upload } from './registry';

const upload = (username: string, bytes: number): Upload => ({ id: newRegistryId('upload'), fileName: 'f.xlsx', username, tables: [], createdAt: Date.now(), bytes });
const held = (entry: Upload) => uploads.get(entry.id, entry.username, false) !== null;

describe('the upload store is bounded per editor, in count and in bytes', () => {
  const { entries, bytes } = importLimits.heldPerUser;

  it("one editor's many uploads evict only that editor's oldest, never another's", () => {
    const others = upload('anna', 1_000);
    uploads.add(others);
    const mine = Array.from({ length: entries * 4 }, () => uploads.add(upload('bertil', 1_000)));
    expect(held(others)).toBe(true);
    expect(mine.filter(held)).toEqual(mine.slice(-entries));
  });

  it("big uploads make room among their editor's own by bytes, and one past an editor's share is refused", () => {
    const first = uploads.add(upload('cecilia', bytes * 0.6));
    const second = uploads.add(upload('cecilia', bytes * 0.6));
    expect([held(first), held(second)]).toEqual([false, true]);
    expect(() => uploads.add(upload('cecilia', bytes + 1))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }) as Error);
  });

  it('refuses a new upload when everyone together fill the store, instead of evicting anybody', () => {
    const fillers: Upload[] = [];
    const room = importLimits.heldInAll.bytes / bytes;
    let refused: unknown;
    while (refused === undefined && fillers.length <= room) {
      try {
        fillers.push(uploads.add(upload(`filler-${fillers.length}`, bytes)));
      } catch (error) {
        refused = error;
      }
    }
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(fillers.length).toBeGreaterThanOrEqual(room - 1);
    expect(() => uploads.add(upload('david', bytes))).toThrow(expect.objectContaining({ code: 'CONFLICT' }) as Error);
    expect(fillers.every(held)).toBe(true);
  });
});
