import { measureTypes } from './measureTypes';
import type { AttributeValue, Attributes } from './types';

/** The value types every format can declare (named as GEXF names them; GraphML maps them). */
export type AttributeType = 'string' | 'integer' | 'long' | 'double' | 'boolean' | 'liststring';

export interface AttributeDeclaration {
  key: string;
  type: AttributeType;
}

/** Keys shown first, in this order, wherever they occur; the rest follow alphabetically. */
const leadingKeys = ['change', 'addedLinks', 'removedLinks', 'kind', 'relationship', 'name', 'validFrom', 'validTo', 'evidence', 'sourceId', 'locator', 'note'];

function typeOf(value: AttributeValue): AttributeType {
  if (Array.isArray(value)) return 'liststring';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= 0x7fffffff ? 'integer' : 'long';
  }
  return 'string';
}

/** Widens two types to one that holds both values: integer < long < double; anything else mixed is text. */
function widen(a: AttributeType, b: AttributeType): AttributeType {
  if (a === b) return a;
  const numeric: AttributeType[] = ['integer', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))] ?? 'double';
  return 'string';
}

function compareKeys(a: string, b: string): number {
  const rank = (key: string) => {
    const index = leadingKeys.indexOf(key);
    return index === -1 ? leadingKeys.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const declaredTypes: Readonly<Record<string, AttributeType>> = measureTypes;

/** Declares every attribute that occurs on the elements, typed to hold all of its values; a measure has its own type. */
export function attributeModel(elements: { attributes: Attributes }[], omit: readonly string[] = []): AttributeDeclaration[] {
  const types = new Map<string, AttributeType>();
  for (const { attributes } of elements) {
    for (const [key, value] of Object.entries(attributes)) {
      if (omit.includes(key)) continue;
      const declared = Object.hasOwn(declaredTypes, key) ? declaredTypes[key] : undefined;
      if (declared !== undefined) {
        types.set(key, declared);
        continue;
      }
      const known = types.get(key);
      types.set(key, known === undefined ? typeOf(value) : widen(known, typeOf(value)));
    }
  }
  return [...types.entries()].map(([key, type]) => ({ key, type })).sort((a, b) => compareKeys(a.key, b.key));
}

/**
 * A value as text where the format has no list type (GraphML, CSV): a list is a JSON array, so it splits back into
 * exactly the items stored, whatever characters they hold.
 */
export function plainText(value: AttributeValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}
