import { buildASTSchema, parse, specifiedRules, validate } from 'graphql';
import * as clientDocuments from '../../../client/src/graphql/generated/graphql';
import { typeDefs } from '../graphql/typeDefs';
import { apolloHardening } from './apolloHardening';
import { queryLimits } from './limits';

const schema = buildASTSchema(parse(typeDefs.join('\n')));
const { validationRules } = apolloHardening({ production: true });
const rules = [...specifiedRules, ...(Array.isArray(validationRules) ? validationRules : [])];

/** Every operation the explorer sends, as codegen collected them from `graphql()` calls. */
const operations = Object.entries(clientDocuments)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => ({ name, source: String(document) }));

describe('the limits and the explorer', () => {
  it('has operations to check', () => {
    expect(operations.map((operation) => operation.name)).toContain('NetworkDocument');
  });

  it.each(operations)('lets $name through every limit', ({ source }) => {
    const document = parse(source, { maxLexicalTokens: queryLimits.maxTokens });
    expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
  });

  it('refuses an operation one level deeper than the limit', () => {
    let selection = '__typename';
    for (let level = 0; level < queryLimits.maxDepth; level++) selection = `... on Query { ${selection} }`;
    const errors = validate(schema, parse(`{ ${selection} }`), rules);
    expect(errors.map((error) => error.message)).toEqual([`Query depth limit of ${queryLimits.maxDepth} exceeded, found ${queryLimits.maxDepth + 1}.`]);
  });
});
