import { AppError } from '../../server/src/db/errors';
import { createEntity, type NewEntity } from '../../server/src/entities/entityRepository';
import { fetchNode } from '../../server/src/network/networkRepository';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

describe('the entity repository', () => {
  let test: TestDatabase;
  beforeAll(() => {
    test = openTestDatabase();
  });
  afterAll(() => test.close());

  const anEntity = (overrides: Partial<NewEntity> = {}): NewEntity => ({
    id: `${test.idPrefix}body`,
    kind: 'Body',
    name: 'Testrådet',
    evidence: 'proposed',
    source: 'sou-2007-104',
    locator: 'lines 1282-1290',
    validFrom: '2008-01-01',
    ...overrides,
  });

  it('reads back a written node with its kind, dates and provenance', async () => {
    await createEntity(test.database, anEntity());
    const node = await fetchNode(test.database, `${test.idPrefix}body`);
    expect(node).toEqual({
      id: `${test.idPrefix}body`,
      kind: 'Body',
      name: 'Testrådet',
      validFrom: '2008-01-01',
      validTo: null,
      provenance: { evidence: 'proposed', sourceId: 'sou-2007-104', locator: 'lines 1282-1290', note: null },
      properties: [],
    });
  });

  it('refuses a second node with the same id with a clear conflict error', async () => {
    const entity = anEntity({ id: `${test.idPrefix}twice` });
    await createEntity(test.database, entity);
    const second = createEntity(test.database, entity);
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: 'CONFLICT', message: 'An entity with this id already exists.' });
  });
});
