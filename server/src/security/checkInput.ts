import {
  getNamedType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { capsOf, pagingRole, type Caps } from './inputCaps';
import { textProblem } from '../../../domain/textRule';

/** A value the server refuses before any resolver runs, with where it was and why. */
export interface InputProblem {
  argument: string;
  reason: string;
}

function checkText(value: string, scalar: string, caps: Caps): string | undefined {
  return textProblem(value, { ...caps, identifier: scalar === 'ID' });
}

function checkValue(value: unknown, type: GraphQLInputType, caps: Caps, path: string): InputProblem | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    if (items.length > caps.items) {
      return { argument: path, reason: `has ${items.length} items; at most ${caps.items} are allowed` };
    }
    for (const [index, item] of items.entries()) {
      const problem = checkValue(item, nullable.ofType, caps, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      const problem = checkDefinition(fields[field.name], field, `${path}.${field.name}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'string') {
    const reason = checkText(value, getNamedType(nullable).name, caps);
    return reason === undefined ? undefined : { argument: path, reason };
  }
  return undefined;
}

function checkPaging(value: unknown, caps: Caps, path: string): InputProblem | undefined {
  if (typeof value !== 'number') return undefined;
  if (value < 0) return { argument: path, reason: 'may not be negative' };
  if (value > caps.items) return { argument: path, reason: `is ${value}; at most ${caps.items} is allowed` };
  return undefined;
}

function checkDefinition(value: unknown, definition: GraphQLArgument | GraphQLInputField, path: string): InputProblem | undefined {
  const caps = capsOf(definition);
  return pagingRole(definition) ? checkPaging(value, caps, path) : checkValue(value, definition.type, caps, path);
}

/**
 * Checks every argument value of the operation that will run (literals and variables, nested
 * input objects too) against the caps in `inputCaps.ts`. Variables that do not even coerce are
 * left to GraphQL execution, which reports them itself.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): InputProblem | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors !== undefined) return undefined;
  const typeInfo = new TypeInfo(schema);
  let problem: InputProblem | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument: (node) => {
        const argument = typeInfo.getArgument();
        if (problem !== undefined || argument === null || argument === undefined) return;
        const owner = typeInfo.getDirective();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        const where = owner ? `@${owner.name}` : `${parent?.name ?? '?'}.${field?.name ?? '?'}`;
        const path = `${where}(${argument.name})`;
        problem = checkDefinition(valueFromAST(node.value, argument.type, coerced.coerced), argument, path);
      },
    }),
  );
  return problem;
}
