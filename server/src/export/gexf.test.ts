import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { exportEdge, exportNode } from '../../../tests/helpers/exportGraphs';
import type { Snapshot } from './buildSnapshot';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import type { Manifest } from './manifest';

const manifest = { snapshotId: '0123456789abcdef', title: 'T', suggestedCitation: 'C', app: { name: 'samverkan', version: '1.0.0' }, from: null, to: null } as Manifest;

function snapshotWith(note: string, goalAreas: string[]): Snapshot {
  return {
    manifest,
    graph: {
      nodes: [exportNode('a', 'Agency', { note }), exportNode('b', 'Body')],
      edges: [exportEdge('m', 'MEMBER_OF', 'a', 'b', { goalAreas })],
    },
  };
}

describe('XML exports keep awkward text intact', () => {
  const note = 'Line one\nline\ttwo & "three" <four> \u0007';
  const goalAreas = ['goal-school', 'with, comma', 'with "quote"'];

  it('GEXF: line breaks, tabs, markup characters and list items with commas survive graphology-gexf', () => {
    const read = parseGexf(Graph, writeGexf(snapshotWith(note, goalAreas)));
    expect(read.getNodeAttribute('a', 'note')).toBe('Line one\nline\ttwo & "three" <four> ');
    expect(read.getEdgeAttribute('m', 'goalAreas')).toEqual(goalAreas);
  });

  it('GraphML: the same text survives graphology-graphml, lists as JSON arrays that split back exactly', () => {
    const read = parseGraphml(Graph, writeGraphml(snapshotWith(note, [...goalAreas, 'with; semicolon'])));
    expect(read.getNodeAttribute('a', 'note')).toBe('Line one\nline\ttwo & "three" <four> ');
    expect(JSON.parse(String(read.getEdgeAttribute('m', 'goalAreas')))).toEqual([...goalAreas, 'with; semicolon']);
  });
});
