import type { StoredGraph, StoredProperty } from './storedGraph';
import { toSeedFiles } from './toSeedFiles';

const text = (name: string, value: string): StoredProperty => ({ name, type: 'STRING NOT NULL', value });
const date = (name: string, value: string): StoredProperty => ({ name, type: 'DATE NOT NULL', value });
const provenance = [text('evidence', 'documented'), text('source', 'sou-2007-104'), text('locator', 'lines 1-2')];

function storedGraph(extra: StoredProperty[] = []): StoredGraph {
  return {
    nodes: [
      { key: 's', labels: ['Source'], properties: [text('id', 'sou-2007-104'), text('title', 'SOU'), text('citation', 'SOU 2007:104')] },
      {
        key: 'a',
        labels: ['Entity', 'Agency', 'Actor'],
        properties: [
          text('id', 'ams'),
          text('kind', 'Agency'),
          text('name', 'AMS'),
          ...provenance,
          date('validFrom', '1999-01-01'),
          text('validFromPrecision', 'year'),
          date('validTo', '2007-12-31'),
          text('validToPrecision', 'month'),
          { name: 'employmentOffices', type: 'FLOAT NOT NULL', value: 325 },
          { name: 'version', type: 'INTEGER NOT NULL', value: 2 },
          ...extra,
        ],
      },
      { key: 'b', labels: ['Entity', 'GoalArea'], properties: [text('id', 'goal-school'), text('kind', 'GoalArea'), text('name', 'Skolan'), ...provenance] },
      { key: 'u', labels: ['User'], properties: [text('username', 'anna')] },
    ],
    relationships: [
      {
        type: 'COOPERATES_WITH',
        from: 'a',
        to: 'a',
        properties: [text('id', 'coop-self'), ...provenance, { name: 'goalAreas', type: 'LIST<STRING NOT NULL> NOT NULL', value: ['goal-school', 'goal-x'] }],
      },
    ],
  };
}

describe('the stored graph laid out as seed files', () => {
  it('writes each node kind and link type to its file, dates at their precision, figures gathered', () => {
    const { files, problems } = toSeedFiles(storedGraph());
    expect(problems).toEqual([]);
    expect([...files.keys()].sort()).toEqual(['links/cooperates-with.csv', 'nodes/agency.csv', 'nodes/goal-area.csv', 'rules.csv', 'sources.csv']);
    expect(files.get('nodes/agency.csv')).toEqual([
      { id: 'ams', kind: 'Agency', name: 'AMS', evidence: 'documented', source: 'sou-2007-104', locator: 'lines 1-2', validFrom: '1999', validTo: '2007-12', figures: 'employmentOffices=325' },
    ]);
    expect(files.get('links/cooperates-with.csv')?.[0]).toMatchObject({ type: 'COOPERATES_WITH', from: 'ams', to: 'ams', goalAreas: 'goal-school;goal-x' });
  });

  it('counts edit bookkeeping it leaves out, and what is outside the network', () => {
    expect(toSeedFiles(storedGraph())).toMatchObject({ dropped: { version: 1 }, leftOut: { User: 1 } });
  });

  it('names what the seed format cannot hold', () => {
    const { problems } = toSeedFiles(storedGraph([{ name: 'colour', type: 'STRING NOT NULL', value: 'red' }, date('reviewedOn', '2020-01-01')]));
    expect(problems).toEqual([
      'node ams: property colour (STRING NOT NULL) has no column in the seed format',
      'node ams: property reviewedOn (DATE NOT NULL) has no column in the seed format',
    ]);
  });

  it('refuses a date that does not match the precision stored with it', () => {
    const broken = storedGraph();
    const validTo = broken.nodes[1]?.properties.find((property) => property.name === 'validTo');
    if (validTo) validTo.value = '2007-12-30';
    expect(toSeedFiles(broken).problems).toEqual(['node ams: validTo 2007-12-30 does not match its precision "month"']);
  });
});
