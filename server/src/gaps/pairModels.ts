import type { ExpectedPair, GapLink, GapSuggestion, SuggestionReason } from '../graphql/generated/resolvers';
import { refOf } from '../../../domain/cooperation/refs';
import type { CooperationIndex } from '../../../domain/cooperation/cooperationState';
import type { Suggestion } from './suggestions/suggestions';
import type { EvaluatedPair } from './expectedPairs';

function toLink(index: CooperationIndex, id: string): GapLink {
  const link = index.links.get(id);
  if (link === undefined) throw new Error(`Link ${id} is not in the analysed network`);
  return {
    id,
    source: link.from,
    target: link.to,
    goalAreaIds: link.goalAreaIds,
    form: link.form,
    provenance: { evidence: link.evidence, sourceId: link.source, locator: link.locator, note: link.note },
  };
}

function toReason({ grounds }: Suggestion): SuggestionReason {
  const { municipalityMembership: membership, form } = grounds;
  return {
    standing: grounds.standing,
    strength: grounds.strength,
    municipalityMembership:
      membership === null
        ? null
        : {
            since: membership.since,
            sincePrecision: membership.sincePrecision,
            provenance: { evidence: membership.evidence, sourceId: membership.source, locator: membership.locator, note: null },
          },
    recordedParties: grounds.recordedParties,
    coveredCounties: grounds.coveredCounties,
    form:
      form === null
        ? null
        : {
            bodyType: form.bodyType,
            admits: form.admits,
            partyTypes: form.partyTypes,
            fundingGeography: form.fundingGeography,
            law: form.law,
            provenance: { evidence: 'documented', sourceId: form.sourceId, locator: form.locator, note: null },
          },
  };
}

function toSuggestion(index: CooperationIndex, suggestion: Suggestion, position: number): GapSuggestion {
  const body = suggestion.bodyId === null ? undefined : index.bodies.get(suggestion.bodyId);
  return {
    rank: position + 1,
    kind: suggestion.kind,
    body: body === undefined ? null : refOf(index, body.id),
    bodyType: body?.bodyType ?? null,
    partiesToAdd: suggestion.partiesToAdd.map((party) => ({ actor: refOf(index, party.actorId), admitted: party.admitted })),
    admitsAll: suggestion.admitsAll,
    addressesGoalArea: suggestion.addressesGoalArea,
    alsoCloses: suggestion.alsoCloses,
    reason: toReason(suggestion),
  };
}

/** The agreement that makes the municipality one the rule applies to, with how that is known. */
function subjectBasisOf({ subjectAgreement: agreement }: EvaluatedPair['expectation']): ExpectedPair['subjectBasis'] {
  if (agreement === undefined || agreement === null) return null;
  return {
    agreement: { id: agreement.id, kind: 'Agreement', name: agreement.name },
    provenance: { evidence: agreement.evidence, sourceId: agreement.source, locator: agreement.locator, note: agreement.note, inferred: agreement.inferred },
  };
}

/** An evaluated pair in the shape of the API, with its rule, source, links and suggestions. */
export function toExpectedPair(index: CooperationIndex, pair: EvaluatedPair, suggestions: Suggestion[]): ExpectedPair {
  const { expectation } = pair;
  return {
    id: pair.id,
    status: pair.status,
    rule: {
      id: expectation.ruleId,
      subject: expectation.subject,
      partner: { id: expectation.namedPartnerId, kind: 'Agency', name: expectation.namedPartnerName },
      partnerScope: expectation.partnerScope,
      goalArea: refOf(index, expectation.goalAreaId),
      provenance: {
        evidence: expectation.evidence,
        sourceId: expectation.source,
        locator: expectation.locator,
        note: expectation.note,
        inferred: expectation.inferred ?? null,
      },
    },
    subjectBasis: subjectBasisOf(expectation),
    municipality: refOf(index, expectation.municipalityId),
    county: pair.countyId === null ? null : refOf(index, pair.countyId),
    partner: refOf(index, expectation.partnerId),
    target: refOf(index, pair.targetId),
    servingUnitFound: pair.servingUnitFound,
    links: pair.linkIds.map((id) => toLink(index, id)),
    viaBodies: pair.viaBodyIds.map((id) => refOf(index, id)),
    suggestions: suggestions.map((suggestion, position) => toSuggestion(index, suggestion, position)),
  };
}
