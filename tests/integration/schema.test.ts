import { applySchema } from '../../server/src/db/schema';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

describe('the database schema', () => {
  let test: TestDatabase;
  beforeAll(() => {
    test = openTestDatabase();
  });
  afterAll(() => test.close());

  it('can be applied twice without error or change', async () => {
    const listConstraints = () =>
      test.database.read(async (tx) =>
        (await tx.run('testing/list-constraints')).records.map((record) => String(record.get('name'))),
      );
    const before = await listConstraints();
    await applySchema(test.driver);
    await applySchema(test.driver);
    expect(await listConstraints()).toEqual(before);
    expect(before).toContain('entity_id');
  });
});
