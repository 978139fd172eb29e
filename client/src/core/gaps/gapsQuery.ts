import { graphql } from '../../graphql/generated';

export const gapProvenanceFragment = graphql(`
  fragment GapProvenance on Provenance {
    evidence
    sourceId
    locator
    note
    source {
      id
      title
      citation
      url
    }
  }
`);

export const gapsQuery = graphql(`
  query Gaps($asOf: Date) {
    gaps(asOf: $asOf) {
      asOf
      asOfBasis
      pairs {
        id
        status
        servingUnitFound
        subjectBasis {
          agreement {
            id
            name
          }
          provenance {
            evidence
            sourceId
            locator
            inferred
            source {
              id
              title
              citation
            }
          }
        }
        rule {
          id
          subject
          partnerScope
          partner {
            id
            name
          }
          goalArea {
            id
            name
            nameEn
          }
          provenance {
            ...GapProvenance
            inferred
          }
        }
        municipality {
          id
          kind
          name
        }
        county {
          id
          name
        }
        partner {
          id
          kind
          name
        }
        target {
          id
          kind
          name
        }
        links {
          id
          form
          provenance {
            ...GapProvenance
          }
        }
        viaBodies {
          id
          name
        }
        suggestions(limit: 5) {
          rank
          kind
          body {
            id
            name
          }
          bodyType
          partiesToAdd {
            actor {
              id
              kind
              name
            }
            admitted
          }
          admitsAll
          addressesGoalArea
          alsoCloses
          reason {
            standing
            strength
            recordedParties
            coveredCounties
            municipalityMembership {
              since
              sincePrecision
              provenance {
                ...GapProvenance
              }
            }
            form {
              bodyType
              admits
              partyTypes
              fundingGeography
              law
              provenance {
                ...GapProvenance
              }
            }
          }
        }
      }
    }
  }
`);

export const whatIfQuery = graphql(`
  query WhatIf($asOf: Date, $changes: WhatIfChanges!) {
    whatIf(asOf: $asOf, changes: $changes) {
      asOf
      asOfBasis
      before {
        pairs {
          linked
          indirect
          missing
        }
        silos {
          oneAgencyAtATime
          stovepipe
          twoPartyBody
        }
      }
      after {
        pairs {
          linked
          indirect
          missing
        }
        silos {
          oneAgencyAtATime
          stovepipe
          twoPartyBody
        }
      }
      changedPairs {
        before
        pair {
          id
          status
          municipality {
            name
          }
          target {
            name
          }
          rule {
            goalArea {
              name
              nameEn
            }
          }
        }
      }
      changedActors {
        before {
          flags
          effectiveSize
          constraint
        }
        after {
          actor {
            id
            name
          }
          flags
          effectiveSize
          constraint
        }
      }
    }
  }
`);
