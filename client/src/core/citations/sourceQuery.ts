import { graphql } from '../../graphql/generated';

/** One source by id, for a citation drawn where only the source's id came with the fact. */
export const citedSourceQuery = graphql(`
  query CitedSource($id: ID!) {
    source(id: $id) {
      id
      title
      citation
    }
  }
`);
