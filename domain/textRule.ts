import { indexedTextProperties, inputLimits } from './inputLimits';

/**
 * The one rule for text that comes in, whichever way it comes (GraphQL, an import, the seed files, the command
 * line): well-formed Unicode that XML 1.0 can hold, within a length in characters and, for a property the
 * database indexes, in UTF-8 bytes (a range index refuses a longer key, which would otherwise fail as a 500).
 */
export interface TextCaps {
  /** UTF-16 code units, as JavaScript and GraphQL count a string's length. */
  length: number;
  /** UTF-8 bytes, for values stored in an indexed property. */
  bytes?: number | undefined;
  /** An identifier: no control character at all, not even tab or a line break. */
  identifier?: boolean;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const identifierControl = /[\u0000-\u001F\u007F-\u009F]/;
/** Text keeps tab, line feed and carriage return; DEL is legal XML but never meant in a name or a note. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const textControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const xmlNoncharacter = /[\uFFFE\uFFFF]/;

/** Everything XML 1.0 cannot hold in any form, not even as a character reference. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text an XML writer can put out whatever was stored: what XML cannot hold is dropped. */
export function xmlSafe(value: string): string {
  return value.replace(xmlIllegal, '');
}

/** The byte cap of a stored property or input field by its name: only indexed ones have one. */
export function bytesCapOf(field: string): number | undefined {
  return (indexedTextProperties as readonly string[]).includes(field) ? inputLimits.indexedTextBytes : undefined;
}

/** The caps of an import or seed cell by its column. */
export function cellCaps(field: string): TextCaps {
  return { length: inputLimits.textLength, bytes: bytesCapOf(field) };
}

/** Why a value breaks the rule, as a phrase that follows its field's name; undefined when it keeps it. */
export function textProblem(value: string, caps: TextCaps): string | undefined {
  if (value.length > caps.length) return `is ${value.length} characters long; at most ${caps.length} are allowed`;
  if (caps.bytes !== undefined) {
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > caps.bytes) return `is ${bytes} bytes of UTF-8; at most ${caps.bytes} are allowed, as the database indexes it`;
  }
  if (loneSurrogate.test(value)) return 'is not well-formed Unicode text';
  if ((caps.identifier === true ? identifierControl : textControl).test(value)) return 'contains a control character';
  const noncharacter = xmlNoncharacter.exec(value)?.[0];
  if (noncharacter !== undefined) return `contains U+${noncharacter.charCodeAt(0).toString(16).toUpperCase()}, which is not a character`;
  return undefined;
}
