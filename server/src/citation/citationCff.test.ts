import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { appInfo } from '../export/appVersion';

const fromRoot = (path: string) => new URL(`../../../${path}`, import.meta.url);

describe('CITATION.cff', () => {
  const citation = parse(readFileSync(fromRoot('CITATION.cff'), 'utf8')) as Record<string, unknown>;

  it('is valid Citation File Format 1.2.0', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(fromRoot('tests/fixtures/cff/schema-1.2.0.json'), 'utf8')) as object);
    expect(validate(citation) ? [] : validate.errors).toEqual([]);
    expect(citation['cff-version']).toBe('1.2.0');
  });

  it('names the version in package.json and the project, not a person, as author', () => {
    expect(citation).toMatchObject({ type: 'software', version: appInfo.version, authors: [{ name: 'The Samverkan project' }] });
  });
});
