import type { Database } from '../db/database';
import { toNeo4jDate, toPlainRecord } from '../db/mappers';
import type { GraphNode } from '../graphql/generated/resolvers';
import type { EvidenceLevel, NodeKind } from '../../../domain/kinds';
import { toGraphNode } from '../network/toGraph';

export interface NewEntity {
  id: string;
  kind: NodeKind;
  name: string;
  evidence: EvidenceLevel;
  source: string;
  locator: string;
  validFrom?: string;
  validTo?: string;
}

/** Creates one entity with its kind's labels; an id already in use fails on the uniqueness constraint. */
export async function createEntity(database: Database, entity: NewEntity): Promise<GraphNode> {
  const { id, validFrom, validTo, ...rest } = entity;
  const properties = {
    ...rest,
    ...(validFrom === undefined ? {} : { validFrom: toNeo4jDate(validFrom) }),
    ...(validTo === undefined ? {} : { validTo: toNeo4jDate(validTo) }),
  };
  const node = await database.write(async (tx) => {
    const created = await tx.run('entities/create-entity', { id, properties });
    await tx.run('entities/apply-kind-labels', { ids: [id] });
    return created.records[0]?.get('node') as unknown;
  });
  return toGraphNode(toPlainRecord(node));
}
