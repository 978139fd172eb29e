import { graphql } from '../../graphql/generated';

export const citedProvenanceFragment = graphql(`
  fragment CitedProvenance on Provenance {
    evidence
    sourceId
    locator
    note
    source {
      id
      title
      year
      publisher
      url
      citation
    }
  }
`);

export const neighbourhoodQuery = graphql(`
  query ExplorerNeighbourhood($id: ID!, $asOf: Date) {
    neighbourhood(id: $id, asOf: $asOf) {
      centreValidAtDate
      centre {
        id
        kind
        name
        validFrom
        validTo
        provenance {
          ...CitedProvenance
        }
        properties {
          key
          value
        }
      }
      links {
        direction
        edge {
          id
          type
          validFrom
          validTo
          provenance {
            ...CitedProvenance
          }
          properties {
            key
            value
          }
        }
        neighbour {
          id
          kind
          name
        }
      }
    }
  }
`);
