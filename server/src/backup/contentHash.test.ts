import { summarise } from './contentHash';
import type { StoredGraph, StoredProperty } from './storedGraph';

const text = (name: string, value: string): StoredProperty => ({ name, type: 'STRING NOT NULL', value });

function graph(keys: [string, string], figure: StoredProperty): StoredGraph {
  return {
    nodes: [
      { key: keys[0], labels: ['Entity', 'Agency', 'Actor'], properties: [text('id', 'ams'), figure] },
      { key: keys[1], labels: ['Entity', 'Body'], properties: [text('id', 'body-x'), text('name', 'X')] },
    ],
    relationships: [{ type: 'MEMBER_OF', from: keys[0], to: keys[1], properties: [text('id', 'member-ams-x')] }],
  };
}

const offices: StoredProperty = { name: 'employmentOffices', type: 'INTEGER NOT NULL', value: 325 };

describe('the content hash', () => {
  it('does not depend on element ids or on the order of nodes, labels and properties', () => {
    const a = graph(['4:a:1', '4:a:2'], offices);
    const b = graph(['4:b:9', '4:b:7'], offices);
    b.nodes.reverse();
    b.nodes[1]?.labels.reverse();
    b.nodes[1]?.properties.reverse();
    expect(summarise(b)).toEqual(summarise(a));
    expect(summarise(a)).toMatchObject({ nodes: 2, relationships: 1, labels: { Actor: 1, Agency: 1, Body: 1, Entity: 2 } });
  });

  it('tells an integer from a float of the same value, and a changed end of a relationship', () => {
    const integer = summarise(graph(['1', '2'], offices));
    expect(summarise(graph(['1', '2'], { ...offices, type: 'FLOAT NOT NULL' })).hash).not.toBe(integer.hash);
    const moved = graph(['1', '2'], offices);
    moved.relationships[0] = { type: 'MEMBER_OF', from: '2', to: '1', properties: [text('id', 'member-ams-x')] };
    expect(summarise(moved).hash).not.toBe(integer.hash);
  });

  it('covers only the labels and properties in scope', () => {
    const withAudit = graph(['1', '2'], offices);
    withAudit.nodes.push({ key: '3', labels: ['AuditRecord'], properties: [text('id', 'audit-1')] });
    const scope = { labels: ['Entity'], omitProperties: ['version'] };
    expect(summarise(withAudit, scope)).toEqual(summarise(graph(['1', '2'], offices), scope));
    const versioned = graph(['1', '2'], offices);
    versioned.nodes[0]?.properties.push({ name: 'version', type: 'INTEGER NOT NULL', value: 3 });
    expect(summarise(versioned, scope)).toEqual(summarise(graph(['1', '2'], offices), scope));
  });
});
