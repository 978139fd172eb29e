import { graphql } from '../../graphql/generated';

export const timelineQuery = graphql(`
  query ExplorerTimeline {
    timeline {
      first
      last
      events {
        date
        change
        factDate
        precision
        nodeId
        kind
        name
        edgeId
        type
        fromName
        toName
      }
    }
  }
`);
