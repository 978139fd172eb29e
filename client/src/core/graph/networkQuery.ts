import { graphql } from '../../graphql/generated';

export const sourcedFragment = graphql(`
  fragment Sourced on Sourced {
    validFrom
    validTo
    provenance {
      evidence
      sourceId
      locator
      note
    }
    properties {
      key
      value
    }
  }
`);

export const networkQuery = graphql(`
  query Network($asOf: Date, $kinds: [NodeKind!]) {
    network(asOf: $asOf, kinds: $kinds) {
      asOf
      nodes {
        id
        kind
        name
        ...Sourced
      }
      edges {
        id
        type
        source
        target
        ...Sourced
      }
    }
  }
`);
