import type { Database } from '../db/database';
import type { EditableLink, EditableNode, EditOutcome, EditingVocabulary } from '../graphql/generated/resolvers';
import { agencyLevels, agreementTypes, bodyTypes, relationshipEndpoints, relationshipTypes } from '../../../domain/kinds';
import { toGraphEdge, toGraphNode } from '../network/toGraph';
import { fieldChanges, versionOf, type LinkState, type NodeState } from '../audit/auditStates';
import type { EditResult } from './editService';
import { readLink, readNode } from './entityStore';

export function editableNode(node: NodeState): EditableNode {
  return { version: versionOf(node) ?? 0, node: toGraphNode(node.properties) };
}

export function editableLink(link: LinkState): EditableLink {
  return { version: versionOf(link) ?? 0, edge: toGraphEdge({ properties: link.properties, type: link.type, from: link.from, to: link.to }) };
}

export function toOutcome({ applied, change, auditRecord }: EditResult): EditOutcome {
  const { after } = change;
  return {
    applied,
    action: change.action,
    changes: fieldChanges(change.before, change.after),
    node: after?.target === 'node' ? editableNode(after) : null,
    link: after?.target === 'link' ? editableLink(after) : null,
    auditRecord,
  };
}

export async function findEditableNode(database: Database, id: string): Promise<EditableNode | null> {
  const node = await database.read((tx) => readNode(tx, id));
  return node === null ? null : editableNode(node);
}

export async function findEditableLink(database: Database, id: string): Promise<EditableLink | null> {
  const link = await database.read((tx) => readLink(tx, id));
  return link === null ? null : editableLink(link);
}

export async function editingVocabulary(database: Database): Promise<EditingVocabulary> {
  const sources = await database.read(async (tx) =>
    (await tx.run('editing/list-sources')).records.map((record) => ({ id: String(record.get('id')), title: String(record.get('title')) })),
  );
  return {
    linkRules: relationshipTypes.map((type) => ({
      type,
      from: [...relationshipEndpoints[type].from],
      to: [...relationshipEndpoints[type].to],
    })),
    bodyTypes: [...bodyTypes],
    agreementTypes: [...agreementTypes],
    agencyLevels: [...agencyLevels],
    sources,
  };
}
