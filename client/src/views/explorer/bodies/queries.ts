import { graphql } from '../../../graphql/generated';

export const bodyProfileFragment = graphql(`
  fragment ExplorerBodyProfile on BodyProfile {
    validAtDate
    body {
      id
      kind
      name
      validFrom
      validTo
      properties {
        key
        value
      }
    }
    members {
      role
      node {
        id
        kind
        name
      }
      link {
        id
        validFrom
        validTo
        provenance {
          evidence
          locator
        }
      }
    }
    areas {
      id
      kind
      name
    }
    goalAreas {
      id
      name
    }
    expectedParties {
      key
      present
      filledBy
    }
  }
`);

export const bodiesCoveringQuery = graphql(`
  query ExplorerBodiesCovering($place: ID!, $asOf: Date) {
    bodiesCovering(place: $place, asOf: $asOf) {
      place {
        id
        kind
        name
      }
      bodies {
        scope
        via {
          id
          name
        }
        profile {
          ...ExplorerBodyProfile
        }
      }
    }
  }
`);

export const bodyMembersQuery = graphql(`
  query ExplorerBodyMembers($body: ID!, $asOf: Date) {
    bodyMembers(body: $body, asOf: $asOf) {
      ...ExplorerBodyProfile
    }
  }
`);

export const bodyOverlapQuery = graphql(`
  query ExplorerBodyOverlap($a: ID!, $b: ID!, $asOf: Date) {
    bodyOverlap(a: $a, b: $b, asOf: $asOf) {
      a {
        ...ExplorerBodyProfile
      }
      b {
        ...ExplorerBodyProfile
      }
      sharedMembers {
        id
        kind
        name
      }
      onlyInA {
        id
        kind
        name
      }
      onlyInB {
        id
        kind
        name
      }
      sharedAreas {
        id
        kind
        name
      }
    }
  }
`);
