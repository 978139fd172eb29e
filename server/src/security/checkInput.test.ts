import { buildSchema, getOperationAST, parse } from 'graphql';
import { findInputProblem } from './checkInput';
import { inputLimits } from './limits';

const schema = buildSchema(`
  directive @maxItems(n: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
  directive @maxLength(n: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
  enum Kind { A B }
  input Row { name: String!, note: String, tags: [String!] @maxItems(n: 3), cells: [Cell!] }
  input Cell { value: String! @maxLength(n: 5) }
  type Query {
    find(id: ID!, kinds: [Kind!], text: String): Int
    rows(rows: [Row!]!, limit: Int = 10, offset: Int = 0): Int
  }
`);

function problemOf(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return findInputProblem(schema, document, operation, variables);
}

describe('findInputProblem', () => {
  it('accepts values inside every cap', () => {
    expect(problemOf('{ find(id: "municipality-0180", kinds: [A, B], text: "Malmö\\nline two") }')).toBeUndefined();
    expect(problemOf('query($r: [Row!]!) { rows(rows: $r, limit: 500, offset: 20) }', { r: [{ name: 'x', tags: ['a', 'b', 'c'] }] })).toBeUndefined();
  });

  it('caps list arguments at the default, in literals and in variables alike', () => {
    const kinds = Array<string>(inputLimits.listItems + 1).fill('A');
    expect(problemOf('query($k: [Kind!]) { find(id: "x", kinds: $k) }', { k: kinds })).toEqual({
      argument: 'Query.find(kinds)',
      reason: `has ${inputLimits.listItems + 1} items; at most ${inputLimits.listItems} are allowed`,
    });
    expect(problemOf(`{ find(id: "x", kinds: [${kinds.join(',')}]) }`)?.argument).toBe('Query.find(kinds)');
  });

  it('follows @maxItems and @maxLength into nested input objects and names the path', () => {
    expect(problemOf('query($r: [Row!]!) { rows(rows: $r) }', { r: [{ name: 'x', tags: ['a', 'b', 'c', 'd'] }] })).toEqual({
      argument: 'Query.rows(rows)[0].tags',
      reason: 'has 4 items; at most 3 are allowed',
    });
    expect(problemOf('{ rows(rows: [{name: "x", cells: [{value: "ok"}, {value: "123456"}]}]) }')).toEqual({
      argument: 'Query.rows(rows)[0].cells[1].value',
      reason: 'is 6 characters long; at most 5 are allowed',
    });
  });

  it('caps the length of IDs and text', () => {
    expect(problemOf('query($id: ID!) { find(id: $id) }', { id: 'a'.repeat(inputLimits.idLength + 1) })?.reason).toBe(
      `is ${inputLimits.idLength + 1} characters long; at most ${inputLimits.idLength} are allowed`,
    );
    expect(problemOf('query($t: String) { find(id: "x", text: $t) }', { t: 'a'.repeat(inputLimits.textLength) })).toBeUndefined();
    expect(problemOf('query($t: String) { find(id: "x", text: $t) }', { t: 'a'.repeat(inputLimits.textLength + 1) })?.argument).toBe('Query.find(text)');
  });

  it('refuses control characters (any in an ID; in text all but tab and line breaks) and broken Unicode', () => {
    expect(problemOf('{ find(id: "a\\nb") }')?.reason).toBe('contains a control character');
    expect(problemOf('{ find(id: "x", text: "a\\tb\\r\\nc") }')).toBeUndefined();
    expect(problemOf('{ find(id: "x", text: "a\\u0000b") }')?.reason).toBe('contains a control character');
    expect(problemOf('query($t: String) { find(id: "x", text: $t) }', { t: 'a\uD800b' })?.reason).toBe('is not well-formed Unicode text');
    expect(problemOf('query($t: String) { find(id: "x", text: $t) }', { t: 'emoji 💥 is fine' })).toBeUndefined();
  });

  it('refuses the noncharacters U+FFFE and U+FFFF, which no XML export could hold', () => {
    expect(problemOf('query($t: String) { find(id: "x", text: $t) }', { t: 'a\uFFFEb' })?.reason).toBe('contains U+FFFE, which is not a character');
    expect(problemOf('{ find(id: "x", text: "a\\uFFFF") }')?.reason).toBe('contains U+FFFF, which is not a character');
  });

  it('caps a field stored in an indexed property (a name) in UTF-8 bytes, which the database counts', () => {
    const rows = (name: string, note = 'x') => problemOf('query($r: [Row!]!) { rows(rows: $r) }', { r: [{ name, note }] });
    const half = inputLimits.indexedTextBytes / 2;
    expect(rows('é'.repeat(half))).toBeUndefined();
    expect(rows('é'.repeat(half + 1))).toEqual({
      argument: 'Query.rows(rows)[0].name',
      reason: `is ${inputLimits.indexedTextBytes + 2} bytes of UTF-8; at most ${inputLimits.indexedTextBytes} are allowed, as the database indexes it`,
    });
    expect(rows('x', 'é'.repeat(half + 1))).toBeUndefined();
  });

  it('bounds paging arguments: no negative values, pages at most the page size', () => {
    expect(problemOf('{ rows(rows: [], limit: -1) }')).toEqual({ argument: 'Query.rows(limit)', reason: 'may not be negative' });
    expect(problemOf(`{ rows(rows: [], limit: ${inputLimits.pageSize + 1}) }`)?.reason).toBe(`is ${inputLimits.pageSize + 1}; at most ${inputLimits.pageSize} is allowed`);
    expect(problemOf('{ rows(rows: [], offset: -5) }')?.argument).toBe('Query.rows(offset)');
  });

  it('leaves variables that do not coerce to GraphQL, which reports them itself', () => {
    expect(problemOf('query($k: [Kind!]) { find(id: "x", kinds: $k) }', { k: ['NOPE'] })).toBeUndefined();
  });

  it('checks only the operation that runs', () => {
    const document = parse('query A { find(id: "ok") } query B { find(id: "a\\u0001") }');
    const operation = getOperationAST(document, 'A');
    expect(operation && findInputProblem(schema, document, operation, {})).toBeUndefined();
  });
});
