import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ASTVisitor } from 'graphql';

/** Top-level fields of a selection, through fragments and inline fragments; `__typename` costs nothing. */
function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

/**
 * Each top-level field is a database round trip over a whole view (the network, a diff, the gaps…),
 * which the cost rule cannot see from the query text; this caps how many one operation may ask for.
 */
export function maxRootFieldsRule(max: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition: (operation) => {
      const count = countRootFields(operation.selectionSet, context, new Set());
      if (count > max) {
        context.reportError(new GraphQLError(`An operation may ask for at most ${max} top-level fields, found ${count}.`, { nodes: [operation] }));
      }
    },
  });
}
