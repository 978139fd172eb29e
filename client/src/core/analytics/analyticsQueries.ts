import { graphql } from '../../graphql/generated';

export const networkMetricsQuery = graphql(`
  query NetworkMetrics($asOf: Date, $mode: GraphMode) {
    networkMetrics(asOf: $asOf, mode: $mode) {
      asOf
      mode
      nodeCount
      tieCount
      modularity
      betweennessSources
      nodes {
        id
        name
        kind
        degree
        weightedDegree
        betweenness
        closeness
        eigenvector
        pagerank
        coreNumber
        community
      }
      communities {
        id
        size
        leaders {
          id
          name
        }
      }
      definitions {
        measure
        normalisation
        networkx
      }
    }
  }
`);

export const pathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $asOf: Date, $mode: GraphMode, $max: Int) {
    paths(from: $from, to: $to, asOf: $asOf, mode: $mode, max: $max) {
      asOf
      mode
      connected
      length
      pathCount
      paths {
        nodes {
          id
          name
          kind
        }
        steps {
          from
          to
          via
          links {
            id
            type
            source
            target
            provenance {
              ...CitedProvenance
            }
          }
        }
      }
    }
  }
`);
