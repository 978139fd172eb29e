import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixture = (path: string) => new URL(`../fixtures/xsd/${path}`, import.meta.url).pathname;

/**
 * The published GEXF 1.3 XSD (converted from the RelaxNG grammar) declares the viz elements in the GEXF namespace, so
 * no document with viz:color can pass it; viz exports are checked against the RelaxNG grammar the XSD comes from,
 * which has no place for xsi:schemaLocation (the XSD hint), so that attribute is left out for that check.
 */
const schemas = {
  gexf: ['--schema', fixture('gexf-1.3/gexf.xsd')],
  'gexf-relaxng': ['--relaxng', fixture('gexf-1.3/gexf.rng')],
  graphml: ['--schema', fixture('graphml-1.1/graphml.xsd')],
};

/**
 * Validates a document against its official schema with xmllint (Debian's libxml2-utils, which `npm test` installs),
 * offline. Returns xmllint's complaints, or an empty list when the document is valid.
 */
export function schemaErrors(format: keyof typeof schemas, document: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'samverkan-xsd-'));
  const file = join(folder, 'export.xml');
  writeFileSync(file, format === 'gexf-relaxng' ? document.replace(/ xmlns:xsi="[^"]*"| xsi:schemaLocation="[^"]*"/g, '') : document);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', ...schemas[format], file], { stdio: 'pipe' });
    return [];
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    return stderr.split('\n').filter((line) => line !== '' && !line.endsWith('fails to validate'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
