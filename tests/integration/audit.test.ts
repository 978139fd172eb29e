import { parse } from 'csv-parse/sync';
import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenNode, newNode } from '../helpers/editingFixtures';
import { dataOf, errorCode, TestHttpClient } from '../helpers/httpClient';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

interface Page {
  total: number;
  records: { targetId: string; action: string; username: string }[];
}

describe('the audit trail', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let editor: TestAccount;
  let other: TestAccount;
  let client: TestHttpClient;
  const ids: string[] = [];

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    editor = await createTestAccount(test, 'editor');
    other = await createTestAccount(test, 'editor', 'other');
    client = new TestHttpClient(running.url);
    dataOf(await client.signIn(editor.username, editor.password));
    for (const name of ['first', 'second', 'third']) ids.push(await givenNode(test, editor.username, newNode(test, name)));
    ids.push(await givenNode(test, other.username, newNode(test, 'formula', { name: '=HYPERLINK("http://example.org")' })));
  });
  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  const page = async (filter: Record<string, string>, limit = 50, offset = 0) =>
    dataOf(
      await client.graphql<{ auditRecords: Page }>(
        'query($f: AuditFilter, $l: Int, $o: Int) { auditRecords(filter: $f, limit: $l, offset: $o) { total records { targetId action username } } }',
        { f: filter, l: limit, o: offset },
      ),
    ).auditRecords;

  it('lists a user\'s changes newest first, a page at a time', async () => {
    const all = await page({ username: editor.username });
    expect(all.records.filter((record) => ids.includes(record.targetId)).map((record) => record.targetId)).toEqual(
      [ids[2], ids[1], ids[0]],
    );
    const second = await page({ username: editor.username }, 1, 1);
    expect(second.total).toBe(all.total);
    expect(second.records).toEqual([all.records[1]]);
  });

  it('lists the changes of one node', async () => {
    expect(await page({ nodeId: ids[3] ?? '' })).toEqual({ total: 1, records: [{ targetId: ids[3], action: 'create', username: other.username }] });
  });

  it('shows the feed only to editors and admins', async () => {
    const viewer = await createTestAccount(test, 'viewer');
    const viewerClient = new TestHttpClient(running.url);
    dataOf(await viewerClient.signIn(viewer.username, viewer.password));
    expect(errorCode(await viewerClient.graphql('{ auditRecords { total } }'))).toBe('FORBIDDEN');
    expect(errorCode(await client.graphql('{ auditRecords(limit: 501) { total } }'))).toBe('BAD_USER_INPUT');
    expect((await viewerClient.fetch('/api/audit/export.csv')).status).toBe(403);
    expect((await new TestHttpClient(running.url).fetch('/api/audit/export.csv')).status).toBe(401);
  });

  it('exports as CSV, with cells that look like formulas kept as text', async () => {
    const response = await client.fetch(`/api/audit/export.csv?username=${encodeURIComponent(other.username)}`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?samverkan-audit\.csv"?$/);
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    const formula = rows.find((row) => row['targetId'] === ids[3]);
    expect(formula?.['targetLabel']).toBe('\'=HYPERLINK("http://example.org")');
    expect(formula?.['changes']).toContain('name: – → =HYPERLINK("http://example.org")');
    expect(formula?.['username']).toBe(other.username);
    expect(rows.every((row) => row['username'] === other.username)).toBe(true);
  });
});
