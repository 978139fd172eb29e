import { buildASTSchema, buildSchema, parse } from 'graphql';
import { typeDefs } from '../graphql/typeDefs';
import { capsOf, inputSites, schemaInputProblems } from './inputCaps';
import { inputLimits, maxOffset } from './limits';

/** The schema the server serves: every capability's `.graphql` file, whoever wrote it. */
const served = buildASTSchema(parse(typeDefs.join('\n')));

const directives = `
  directive @maxItems(n: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
  directive @maxLength(n: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
`;

describe('caps on every input of the schema', () => {
  it('finds every argument of every capability, nested input fields included', () => {
    const paths = inputSites(served).map((site) => site.path);
    expect(paths).toEqual(expect.arrayContaining(['Query.network(kinds)', 'Query.node(id)']));
    const nested = buildSchema(`${directives} input Row { name: String!, cells: [String!] } type Query { rows(rows: [Row!]!): Int }`);
    expect(inputSites(nested).map((site) => site.path)).toEqual(['Query.rows(rows)', 'Query.rows(rows).name', 'Query.rows(rows).cells']);
  });

  it('leaves nothing in the served schema unbounded or unchecked', () => {
    expect(schemaInputProblems(served)).toEqual([]);
  });

  it('gives defaults to what the schema does not cap, and lets a directive override them', () => {
    const schema = buildSchema(`${directives}
      type Query {
        f(ids: [ID!], names: [String!] @maxItems(n: 20), note: String @maxLength(n: 300), limit: Int = 5, offset: Int = 0): Int
      }`);
    const caps = Object.fromEntries(inputSites(schema).map((site) => [site.definition.name, capsOf(site.definition)]));
    expect(caps).toEqual({
      ids: { items: inputLimits.listItems, length: inputLimits.idLength },
      names: { items: 20, length: inputLimits.textLength },
      note: { items: inputLimits.listItems, length: 300 },
      limit: { items: inputLimits.pageSize, length: inputLimits.textLength },
      offset: { items: maxOffset, length: inputLimits.textLength },
    });
  });

  it('reports a paging argument without a default, a cap beyond reason and a date typed as text', () => {
    const schema = buildSchema(`${directives}
      type Query { f(first: Int, tags: [String!] @maxItems(n: 1000000), asOf: String, body: String @maxLength(n: 0)): Int }`);
    expect(schemaInputProblems(schema)).toEqual([
      'Query.f(first): a paging argument needs a default',
      `Query.f(tags): a list needs a cap of at most ${10 * inputLimits.listItems} items`,
      'Query.f(asOf): a date must be typed Date',
      `Query.f(body): text needs a cap of at most ${10 * inputLimits.textLength} characters`,
    ]);
  });
});
