import type { Workload } from './measure';

/** The explorer's main reads, as it sends them (on the seed: about 534 nodes and 700 links). */
export const readWorkloads: Workload[] = [
  {
    name: 'network as of a date',
    body: {
      query: `query($asOf: Date) { network(asOf: $asOf) {
        nodes { id kind name validFrom validTo provenance { evidence sourceId locator } }
        edges { id type source target validFrom validTo provenance { evidence sourceId locator } } } }`,
      variables: { asOf: '2007-06-30' },
    },
  },
  {
    name: 'neighbourhood of a node',
    body: {
      query: `query($id: ID!, $asOf: Date) { neighbourhood(id: $id, asOf: $asOf) {
        centre { id name } links { direction edge { id type } neighbour { id kind name } } } }`,
      variables: { id: 'municipality-1280', asOf: '2007-06-30' },
    },
  },
  {
    name: 'gaps as of a date',
    body: {
      query: `query($asOf: Date) { gaps(asOf: $asOf) { asOf pairs { id status municipality { id name } partner { id name } links { id } viaBodies { id } } } }`,
      variables: { asOf: '2007-06-30' },
    },
  },
  {
    name: 'search',
    body: { query: 'query($text: String!) { search(text: $text) { total groups { kind total hits { node { id name } } } } }', variables: { text: 'malmö' } },
  },
];
