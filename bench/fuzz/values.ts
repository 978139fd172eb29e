import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { injectionCorpus } from './injectionCorpus';
import type { Random } from './random';

/** Prints a JSON value as a GraphQL literal of the given type (enum values bare, input objects unquoted). */
export function printLiteral(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    return `[${items.map((item) => printLiteral(item, nullable.ofType)).join(', ')}]`;
  }
  if (isInputObjectType(nullable) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = nullable.getFields();
    const entries = Object.entries(value as Record<string, unknown>).map(([name, inner]) => {
      const field = fields[name];
      return `${name}: ${field === undefined ? JSON.stringify(inner) : printLiteral(inner, field.type)}`;
    });
    return `{${entries.join(', ')}}`;
  }
  if (isEnumType(nullable) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  const json = JSON.stringify(value) as string | undefined;
  return json ?? 'null';
}

const dates = ['2007-06-30', '2007-07-01', '2001-01-01', '1999-12-31', '2008-02-29', '2025-01-01'];
const badDates = ['2007-02-30', '2007-13-01', '2007', '07/01/2007', '', 'today', '0000-00-00', '+275760-09-13', '2007-1-1'];
const ints = [0, 1, 2, 8, 50, 499, 500];
const badInts = [-1, 501, 2_147_483_647, 2_147_483_648, 1.5, '8', Number.MAX_SAFE_INTEGER];
const texts = ['Malmö', 'göteborg', 'arbets', 'Försäkringskassan', 'a', 'finsam', 'polis', 'lan 01', 'ÅÄÖ åäö', 'x'];

function longText(random: Random): string {
  return 'a'.repeat(random.pick([199, 200, 201, 9_999, 10_001, 20_000]));
}

function scalarValue(name: string, random: Random, ids: readonly string[]): unknown {
  const hostile = random.chance(0.25);
  switch (name) {
    case 'Int':
      return hostile ? random.pick(badInts) : random.pick(ints);
    case 'Float':
      return hostile ? random.pick([Number.MAX_VALUE, -0, 1e308, 'NaN']) : random.pick([0, 1.5, 59.3]);
    case 'Boolean':
      return hostile ? random.pick(['true', 0, null]) : random.chance(0.5);
    case 'Date':
      return hostile ? random.pick(badDates) : random.pick(dates);
    case 'ID':
      if (hostile) return random.chance(0.3) ? longText(random) : random.pick(injectionCorpus);
      return random.pick(ids);
    default:
      if (hostile) return random.chance(0.2) ? longText(random) : random.pick(injectionCorpus);
      return random.pick([...texts, ...ids]);
  }
}

/** A value for an argument of `type`: mostly well-formed, a quarter hostile (wrong type, too long, injection). */
export function randomValue(type: GraphQLInputType, random: Random, ids: readonly string[], depth = 0): unknown {
  if (!isNonNullType(type) && random.chance(0.05)) return null;
  if (isNonNullType(type) && random.chance(0.02)) return null;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (random.chance(0.03)) return Array.from({ length: 501 }, () => validSample(nullable.ofType, ids));
    if (random.chance(0.1)) return randomValue(nullable.ofType, random, ids, depth + 1);
    return Array.from({ length: random.int(0, 4) }, () => randomValue(nullable.ofType, random, ids, depth + 1));
  }
  if (isInputObjectType(nullable)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) || random.chance(0.4)) value[field.name] = randomValue(field.type, random, ids, depth + 1);
    }
    if (random.chance(0.05)) value['unknownField'] = 'x';
    return value;
  }
  if (isEnumType(nullable)) {
    return random.chance(0.1) ? random.pick(['NOPE', 'municipality', '', '__proto__']) : random.pick(nullable.getValues()).name;
  }
  return scalarValue(getNamedType(nullable).name, random, ids);
}

/** A well-formed value of `type`: required fields filled, lists of one, `true` for flags (so `dryRun` is on). */
export function validSample(type: GraphQLInputType, ids: readonly string[] = ['municipality-0180']): unknown {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) return [validSample(nullable.ofType, ids)];
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, validSample(field.type, ids)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name ?? null;
  if (!isScalarType(nullable)) return null;
  const samples: Record<string, unknown> = { Int: 1, Float: 1.5, Boolean: true, Date: '2007-07-01', ID: ids[0] ?? 'x' };
  return samples[nullable.name] ?? 'x';
}
