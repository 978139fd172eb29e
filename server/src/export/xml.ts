import Builder from 'fast-xml-builder';
import { xmlSafe } from '../../../domain/textRule';

/** An element as fast-xml-parser's builder takes it: attributes under `@_name`, children by tag, text as `#text`. */
export interface XmlElement {
  [key: string]: string | XmlElement | XmlElement[];
}

/** Whatever is stored, what XML 1.0 cannot hold (see `xmlSafe`) never reaches the document: it stays well-formed. */
function escapeText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Tabs and line breaks as character references: a parser would otherwise fold them into spaces. */
function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const builder = new Builder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: false,
  attributeValueProcessor: (_name, value) => escapeAttribute(String(value)),
  tagValueProcessor: (_name, value) => escapeText(String(value)),
});

/** XML attributes for an element, written in the given order. */
export function attributes(values: Record<string, string>): XmlElement {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`@_${name}`, value]));
}

export function textElement(text: string, values: Record<string, string> = {}): XmlElement {
  return { ...attributes(values), '#text': text };
}

/** A whole UTF-8 XML document with the given root element. */
export function xmlDocument(rootName: string, root: XmlElement): string {
  return builder.build({ '?xml': attributes({ version: '1.0', encoding: 'UTF-8' }), [rootName]: root });
}
