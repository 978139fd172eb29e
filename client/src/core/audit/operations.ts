import { graphql } from '../../graphql/generated';

export const auditRecordsQuery = graphql(`
  query AuditRecords($filter: AuditFilter, $limit: Int, $offset: Int) {
    auditRecords(filter: $filter, limit: $limit, offset: $offset) {
      total
      records {
        id
        at
        username
        action
        targetType
        targetId
        targetLabel
        changes {
          field
          before
          after
        }
        importId
        importFile
        proposalId
        undoOf
        undoneBy
      }
    }
  }
`);

export const undoLastChangeMutation = graphql(`
  mutation UndoLastChange($username: String) {
    undoLastChange(username: $username) {
      id
      targetLabel
    }
  }
`);
