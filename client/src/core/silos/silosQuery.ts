import { graphql } from '../../graphql/generated';

export const silosQuery = graphql(`
  query Silos($asOf: Date) {
    silos(asOf: $asOf) {
      asOf
      asOfBasis
      actors {
        actor {
          id
          kind
          name
        }
        counties {
          id
          name
        }
        partners
        bilateralOnlyPartners
        bilateralOnlyShare
        partnerDensity
        effectiveSize
        constraint
        flags
        ties {
          partner {
            id
            kind
            name
          }
          linkIds
          bodies {
            id
            name
          }
          bilateralOnly
        }
      }
      bodies {
        body {
          id
          name
        }
        bodyType
        parties {
          id
          name
        }
        counties {
          id
          name
        }
        flags
      }
    }
  }
`);
