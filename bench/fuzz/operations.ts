import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Random } from './random';
import { printLiteral, randomValue } from './values';

export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

type AnyField = GraphQLField<unknown, unknown>;

/** Builds one random operation from the schema: real fields and arguments, random values, shapes and sizes. */
class OperationWriter {
  private readonly declarations: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private readonly fragments: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly ids: readonly string[],
  ) {}

  private argument(argument: GraphQLArgument): string {
    const value = randomValue(argument.type, this.random, this.ids);
    if (this.random.chance(0.5)) return `${argument.name}: ${printLiteral(value, argument.type)}`;
    const name = `v${this.declarations.length}`;
    const declared = this.random.chance(0.04) ? this.random.pick(['String', 'Int!', '[ID]', 'Date']) : String(argument.type);
    this.declarations.push(`$${name}: ${declared}`);
    this.variables[name] = value;
    return `${argument.name}: $${name}`;
  }

  private field(field: AnyField, depth: number, maxDepth: number): string {
    const args = field.args.filter((argument) => isNonNullType(argument.type) || this.random.chance(0.4));
    const alias = this.random.chance(0.1) ? `a${this.random.int(0, 99)}: ` : '';
    const argumentText = args.length > 0 ? `(${args.map((argument) => this.argument(argument)).join(', ')})` : '';
    const directive = this.random.chance(0.05) ? this.random.pick([' @include(if: true)', ' @skip(if: false)', ' @skip(if: true)']) : '';
    return `${alias}${field.name}${argumentText}${directive}${this.selection(getNamedType(field.type), depth + 1, maxDepth)}`;
  }

  private selection(type: GraphQLNamedType, depth: number, maxDepth: number): string {
    if (isLeafType(type)) return '';
    const parts: string[] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields()) as AnyField[];
      const reachable = depth >= maxDepth ? fields.filter((field) => isLeafType(getNamedType(field.type))) : fields;
      for (const field of this.random.some(reachable, 0.4)) parts.push(this.field(field, depth, maxDepth));
    }
    if (isAbstractType(type) && this.random.chance(0.4)) {
      const possible = this.random.pick(this.schema.getPossibleTypes(type));
      parts.push(`... on ${possible.name}${this.selection(possible, depth + 1, maxDepth)}`);
    }
    if (parts.length === 0 || this.random.chance(0.1)) parts.push('__typename');
    if (this.random.chance(0.05) && depth < maxDepth) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name}${this.selection(type, depth + 1, maxDepth)}`);
      parts.push(`...${name}`);
    }
    return ` { ${parts.join(' ')} }`;
  }

  write(root: GraphQLObjectType, operation: 'query' | 'mutation'): GraphQLBody {
    const maxDepth = this.random.chance(0.03) ? 12 : this.random.int(1, 5);
    const fields = Object.values(root.getFields()) as AnyField[];
    const count = this.random.chance(0.75) ? 1 : this.random.int(2, 4);
    const selections = Array.from({ length: count }, (_, index) => {
      const text = this.field(this.random.pick(fields), 1, maxDepth);
      return count > 1 && !text.includes(':') ? `r${index}: ${text}` : text;
    });
    const name = this.random.chance(0.5) ? `Fuzz${this.random.int(0, 999)}` : undefined;
    const header = `${operation}${name === undefined ? '' : ` ${name}`}${this.declarations.length > 0 ? `(${this.declarations.join(', ')})` : ''}`;
    const query = [`${header} { ${selections.join(' ')} }`, ...this.fragments].join('\n');
    return { query, variables: this.variables, ...(name !== undefined && this.random.chance(0.8) ? { operationName: name } : {}) };
  }
}

/** A random operation: a query, or with `mutations` sometimes a mutation. */
export function randomOperation(schema: GraphQLSchema, random: Random, ids: readonly string[], mutations: boolean): GraphQLBody {
  const mutationType = schema.getMutationType();
  const queryType = schema.getQueryType();
  if (queryType === null || queryType === undefined) throw new Error('The schema has no Query type');
  const writer = new OperationWriter(schema, random, ids);
  if (mutations && mutationType && random.chance(0.2)) return writer.write(mutationType, 'mutation');
  return writer.write(queryType, 'query');
}
