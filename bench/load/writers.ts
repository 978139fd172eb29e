/** Editors at work through the API while others read: what each one was told succeeded, to check afterwards. */
export interface WriterTally {
  created: string[];
  renamed: Map<string, string>;
  sharedEdits: number;
  conflicts: number;
  failures: string[];
}

interface Answer {
  status: number;
  data?: Record<string, { node?: { version: number } | null; version?: number } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function newTally(): WriterTally {
  return { created: [], renamed: new Map(), sharedEdits: 0, conflicts: 0, failures: [] };
}

const provenance = { evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' };

export async function graphql(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const createNode = 'mutation($input: NewNodeInput!) { createNode(input: $input) { applied node { version } } }';
const changeNode = 'mutation($input: ChangeNodeInput!) { changeNode(input: $input) { applied node { version } } }';
const versionOf = 'query($id: ID!) { editableNode(id: $id) { version } }';

/** Creates a node and renames it; then edits the one node every writer edits, re-reading after a conflict. */
export async function writeUntil(url: string, headers: Record<string, string>, writer: string, sharedId: string, deadline: number, tally: WriterTally): Promise<void> {
  for (let index = 0; Date.now() < deadline; index++) {
    const id = `soak-${writer}-${index}`;
    const created = await graphql(url, headers, createNode, { input: { id, kind: 'Organisation', name: id, ...provenance } });
    const version = created.data?.['createNode']?.node?.version;
    if (created.errors !== undefined || version === undefined) {
      tally.failures.push(`create ${id}: ${created.status} ${JSON.stringify(created.errors)}`);
      continue;
    }
    tally.created.push(id);
    const name = `${id} renamed`;
    const renamed = await graphql(url, headers, changeNode, { input: { id, expectedVersion: version, changes: { name } } });
    if (renamed.errors === undefined) tally.renamed.set(id, name);
    else tally.failures.push(`rename ${id}: ${JSON.stringify(renamed.errors)}`);
    for (let attempt = 0; attempt < 10; attempt++) {
      const current = (await graphql(url, headers, versionOf, { id: sharedId })).data?.['editableNode']?.version ?? 0;
      const edit = await graphql(url, headers, changeNode, { input: { id: sharedId, expectedVersion: current, changes: { note: `${writer} ${index}` } } });
      if (edit.errors === undefined) {
        tally.sharedEdits += 1;
        break;
      }
      if (edit.errors[0]?.extensions?.code !== 'CONFLICT') {
        tally.failures.push(`shared edit: ${JSON.stringify(edit.errors)}`);
        break;
      }
      tally.conflicts += 1;
    }
  }
}
