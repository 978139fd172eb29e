import { graphql } from '../../graphql/generated';

export const editingVocabularyQuery = graphql(`
  query EditingVocabulary {
    editingVocabulary {
      linkRules {
        type
        from
        to
      }
      bodyTypes
      agreementTypes
      agencyLevels
      sources {
        id
        title
      }
    }
  }
`);

export const editableNodeQuery = graphql(`
  query EditableNode($id: ID!) {
    editableNode(id: $id) {
      version
      node {
        id
        kind
        name
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
    }
  }
`);

export const editableLinkQuery = graphql(`
  query EditableLink($id: ID!) {
    editableLink(id: $id) {
      version
      edge {
        id
        type
        source
        target
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
    }
  }
`);

export const editOutcomeFragment = graphql(`
  fragment EditOutcomeFields on EditOutcome {
    applied
    action
    changes {
      field
      before
      after
    }
    node {
      version
      node {
        id
      }
    }
    link {
      version
      edge {
        id
      }
    }
    auditRecord {
      id
    }
  }
`);

export const createNodeMutation = graphql(`
  mutation CreateNode($input: NewNodeInput!, $dryRun: Boolean) {
    createNode(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const changeNodeMutation = graphql(`
  mutation ChangeNode($input: ChangeNodeInput!, $dryRun: Boolean) {
    changeNode(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const endNodeMutation = graphql(`
  mutation EndNode($input: EndInput!, $dryRun: Boolean) {
    endNode(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const deleteNodeMutation = graphql(`
  mutation DeleteNode($input: DeleteInput!, $dryRun: Boolean) {
    deleteNode(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const createLinkMutation = graphql(`
  mutation CreateLink($input: NewLinkInput!, $dryRun: Boolean) {
    createLink(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const changeLinkMutation = graphql(`
  mutation ChangeLink($input: ChangeLinkInput!, $dryRun: Boolean) {
    changeLink(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const endLinkMutation = graphql(`
  mutation EndLink($input: EndInput!, $dryRun: Boolean) {
    endLink(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const deleteLinkMutation = graphql(`
  mutation DeleteLink($input: DeleteInput!, $dryRun: Boolean) {
    deleteLink(input: $input, dryRun: $dryRun) {
      ...EditOutcomeFields
    }
  }
`);

export const proposalFragment = graphql(`
  fragment ProposalFields on Proposal {
    id
    status
    action
    targetType
    targetId
    targetLabel
    changes {
      field
      before
      after
    }
    source
    locator
    note
    proposedBy
    proposedAt
    reviewedBy
    reviewNote
  }
`);

export const proposeChangeMutation = graphql(`
  mutation ProposeChange($change: ProposedChange!, $source: ID!, $locator: String!, $note: String) {
    proposeChange(change: $change, source: $source, locator: $locator, note: $note) {
      ...ProposalFields
    }
  }
`);

export const proposalsQuery = graphql(`
  query Proposals($status: ProposalStatus) {
    proposals(status: $status, limit: 100) {
      ...ProposalFields
    }
  }
`);

export const acceptProposalMutation = graphql(`
  mutation AcceptProposal($id: ID!, $note: String) {
    acceptProposal(id: $id, note: $note) {
      ...ProposalFields
    }
  }
`);

export const rejectProposalMutation = graphql(`
  mutation RejectProposal($id: ID!, $note: String) {
    rejectProposal(id: $id, note: $note) {
      ...ProposalFields
    }
  }
`);
