import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { inputLimits, maxOffset, offsetArgument, pageSizeArgument } from './limits';
import { bytesCapOf } from '../../../domain/textRule';

/** The caps that hold for one argument or input field: the schema's directives, else the defaults. */
export interface Caps {
  /** Items of a list, or the largest value of a paging argument. */
  items: number;
  length: number;
  /** UTF-8 bytes, for text stored in an indexed property. */
  bytes?: number;
}

type InputDefinition = GraphQLArgument | GraphQLInputField;

function directiveInt(definition: InputDefinition, directive: string): number | undefined {
  const node = definition.astNode?.directives?.find((candidate) => candidate.name.value === directive);
  const argument = node?.arguments?.find((candidate) => candidate.name.value === 'n');
  return argument?.value.kind === Kind.INT ? Number.parseInt(argument.value.value, 10) : undefined;
}

export function capsOf(definition: InputDefinition): Caps {
  const named = getNamedType(definition.type).name;
  const defaultLength = named === 'ID' ? inputLimits.idLength : inputLimits.textLength;
  const role = pagingRole(definition);
  const defaultItems = role === 'offset' ? maxOffset : role === 'pageSize' ? inputLimits.pageSize : inputLimits.listItems;
  const caps: Caps = {
    items: directiveInt(definition, 'maxItems') ?? defaultItems,
    length: directiveInt(definition, 'maxLength') ?? defaultLength,
  };
  const bytes = named === 'ID' || named === 'String' ? bytesCapOf(definition.name) : undefined;
  return bytes === undefined ? caps : { ...caps, bytes };
}

/** How an Int argument bounds a page of results, if it does. */
export type PagingRole = 'pageSize' | 'offset';

export function pagingRole(definition: InputDefinition): PagingRole | undefined {
  if (getNamedType(definition.type).name !== 'Int') return undefined;
  if (pageSizeArgument.test(definition.name)) return 'pageSize';
  return offsetArgument.test(definition.name) ? 'offset' : undefined;
}

export function isListInput(type: GraphQLInputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** One place in the schema where input arrives: a field argument or a field of an input type under it. */
export interface InputSite {
  /** As input problems name it: `Query.network(kinds)`, `Mutation.createNode(input).name`. */
  path: string;
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
  /** Input-object fields from the argument down to this site; empty for the argument itself. */
  inputPath: string[];
  definition: InputDefinition;
  caps: Caps;
}

/** Every argument of every field, and every input-object field reachable from one (each input type once per argument). */
export function inputSites(schema: GraphQLSchema): InputSite[] {
  const sites: InputSite[] = [];
  for (const owner of Object.values(schema.getTypeMap())) {
    if (!isObjectType(owner) || owner.name.startsWith('__')) continue;
    for (const field of Object.values(owner.getFields()) as GraphQLField<unknown, unknown>[]) {
      for (const argument of field.args) {
        const visit = (definition: InputDefinition, inputPath: string[], seen: ReadonlySet<string>) => {
          const path = `${owner.name}.${field.name}(${argument.name})${inputPath.map((name) => `.${name}`).join('')}`;
          sites.push({ path, owner, field, argument, inputPath, definition, caps: capsOf(definition) });
          const named = getNamedType(definition.type);
          if (!isInputObjectType(named) || seen.has(named.name)) return;
          const inner = new Set(seen).add(named.name);
          for (const child of Object.values(named.getFields())) visit(child, [...inputPath, child.name], inner);
        };
        visit(argument, [], new Set());
      }
    }
  }
  return sites;
}

const datelikeName = /(^|[a-z])(date|asOf|validFrom|validTo|from|to|since|until)$/i;

/**
 * What the schema leaves unbounded or unchecked: a list or text without a finite cap, a paging
 * argument without a default, a date typed as String (so its format is never checked).
 */
export function schemaInputProblems(schema: GraphQLSchema, ceiling = 10): string[] {
  const problems: string[] = [];
  for (const site of inputSites(schema)) {
    const named = getNamedType(site.definition.type).name;
    const finite = (cap: number, limit: number) => Number.isInteger(cap) && cap > 0 && cap <= ceiling * limit;
    if (isListInput(site.definition.type) && !finite(site.caps.items, inputLimits.listItems)) {
      problems.push(`${site.path}: a list needs a cap of at most ${ceiling * inputLimits.listItems} items`);
    }
    if ((named === 'ID' || named === 'String') && !finite(site.caps.length, inputLimits.textLength)) {
      problems.push(`${site.path}: text needs a cap of at most ${ceiling * inputLimits.textLength} characters`);
    }
    if (pagingRole(site.definition) !== undefined && site.definition.defaultValue === undefined) {
      problems.push(`${site.path}: a paging argument needs a default`);
    }
    if (named === 'String' && datelikeName.test(site.definition.name)) problems.push(`${site.path}: a date must be typed Date`);
  }
  return problems;
}
