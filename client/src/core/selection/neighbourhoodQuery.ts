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

/** What the details panel adds to a citation: the inferred parts, the dates' own provenance, the source's type. */
export const provenanceDetailFragment = graphql(`
  fragment ProvenanceDetail on Provenance {
    inferred
    dateSourceId
    dateLocator
    dateDerivation
    source {
      id
      type
    }
    dateSource {
      id
      title
      year
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
          ...ProvenanceDetail
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
            ...ProvenanceDetail
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
