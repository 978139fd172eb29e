import { graphql } from '../../graphql/generated';

export const searchQuery = graphql(`
  query ExplorerSearch($text: String!, $asOf: Date, $limitPerKind: Int) {
    search(text: $text, asOf: $asOf, limitPerKind: $limitPerKind) {
      text
      total
      groups {
        kind
        total
        hits {
          context
          validAtDate
          node {
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
        }
      }
    }
  }
`);
