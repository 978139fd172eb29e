import { graphql } from '../../graphql/generated';

export const networkDiffQuery = graphql(`
  query NetworkDiff($from: Date!, $to: Date!, $filter: SnapshotFilterInput) {
    networkDiff(from: $from, to: $to, filter: $filter) {
      from
      to
      summary {
        nodes {
          added
          removed
          changed
          unchanged
        }
        edges {
          added
          removed
          changed
          unchanged
        }
        memberships {
          added
          removed
          changed
          unchanged
        }
        figures {
          figure
          from
          to
          delta
        }
      }
      nodes {
        change
        addedEdgeIds
        removedEdgeIds
        node {
          id
          kind
          name
          validFrom
          validTo
          provenance {
            evidence
          }
        }
      }
      edges {
        change
        edge {
          id
          type
          source
          target
          validFrom
          validTo
          provenance {
            evidence
          }
        }
      }
    }
  }
`);

export const measureChangesQuery = graphql(`
  query MeasureChanges($from: Date!, $to: Date!, $measure: Measure!, $mode: GraphMode, $filter: SnapshotFilterInput) {
    measureChanges(from: $from, to: $to, measure: $measure, mode: $mode, filter: $filter) {
      from
      to
      measure
      mode
      nodes {
        id
        name
        kind
        from
        to
        change
      }
    }
  }
`);
