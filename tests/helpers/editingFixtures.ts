import type { NewLinkInput, NewNodeInput } from '../../server/src/graphql/generated/resolvers';
import { prepare } from '../../server/src/editing/editOperations';
import { runEdit } from '../../server/src/editing/editService';
import type { TestDatabase } from './testDatabase';

/** A node input under the test's prefix; each test bends it in the one way it is about. */
export function newNode(test: TestDatabase, name: string, overrides: Partial<NewNodeInput> = {}): NewNodeInput {
  return {
    id: `${test.idPrefix}${name}`,
    kind: 'Body',
    name: `Testorgan ${name}`,
    evidence: 'documented',
    source: 'sou-2007-104',
    locator: 'lines 617-626',
    bodyType: 'localCooperation',
    validFrom: '2006-01-01',
    ...overrides,
  };
}

export function newLink(test: TestDatabase, from: string, to: string, overrides: Partial<NewLinkInput> = {}): NewLinkInput {
  return { type: 'COOPERATES_WITH', from, to, evidence: 'documented', source: 'sou-2007-104', locator: 'line 781', ...overrides };
}

/** Writes straight through the edit service (as `username`), for a test's starting state. */
export async function givenNode(test: TestDatabase, username: string, input: NewNodeInput): Promise<string> {
  await runEdit(test.database, prepare({ operation: 'createNode', input }), { username }, false);
  return input.id;
}

export async function givenLink(test: TestDatabase, username: string, input: NewLinkInput): Promise<string> {
  const result = await runEdit(test.database, prepare({ operation: 'createLink', input }), { username }, false);
  return result.change.after?.id ?? '';
}
