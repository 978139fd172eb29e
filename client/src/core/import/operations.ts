import { graphql } from '../../graphql/generated';

export const importFieldsQuery = graphql(`
  query ImportFields {
    importFields {
      kind
      required
      optional
    }
  }
`);

export const importUploadQuery = graphql(`
  query ImportUpload($id: ID!) {
    importUpload(id: $id) {
      id
      fileName
      tables {
        name
        rowCount
        kind
        columns {
          column
          field
        }
      }
    }
  }
`);

export const importJobFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    status
    phase
    processed
    total
    error
    importId
    preview {
      createdCount
      changedCount
      endedCount
      unchangedCount
      problemCount
      created {
        table
        row
        targetType
        id
        label
        changes {
          field
          before
          after
        }
      }
      changed {
        table
        row
        targetType
        id
        label
        changes {
          field
          before
          after
        }
      }
      ended {
        table
        row
        targetType
        id
        label
        changes {
          field
          before
          after
        }
      }
      problems {
        table
        row
        column
        reason
      }
    }
  }
`);

export const importJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

export const previewImportMutation = graphql(`
  mutation PreviewImport($uploadId: ID!, $tables: [ImportTableInput!]!) {
    previewImport(uploadId: $uploadId, tables: $tables) {
      ...ImportJobFields
    }
  }
`);

export const commitImportMutation = graphql(`
  mutation CommitImport($jobId: ID!) {
    commitImport(jobId: $jobId) {
      ...ImportJobFields
    }
  }
`);
