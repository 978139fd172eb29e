import { bodyTypes } from '../../../domain/kinds';
import type { SnapshotFilterInput } from '../graphql/generated/resolvers';
import { badParameter } from './parameters';
import type { SnapshotFilter } from './types';

function normalised<T extends string>(values: readonly T[] | null | undefined): T[] | null {
  return values === null || values === undefined ? null : [...new Set(values)].sort();
}

/** A GraphQL filter as the snapshot filter, checked and normalised as the HTTP parameters are. */
export function filterFromInput(input: SnapshotFilterInput | null | undefined): SnapshotFilter {
  const unknownBodyType = input?.bodyTypes?.find((type) => !(bodyTypes as readonly string[]).includes(type));
  if (unknownBodyType !== undefined) {
    throw badParameter('filter.bodyTypes', `"${unknownBodyType}" is not one of ${bodyTypes.join(', ')}`);
  }
  return {
    kinds: normalised(input?.kinds),
    relationshipTypes: normalised(input?.relationshipTypes),
    evidence: normalised(input?.evidence),
    bodyTypes: normalised(input?.bodyTypes),
  };
}
