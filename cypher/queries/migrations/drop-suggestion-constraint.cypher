// The uniqueness constraint of the old :Suggestion label (now :Proposal, see suggestions-become-proposals.cypher).
DROP CONSTRAINT suggestion_id IF EXISTS
