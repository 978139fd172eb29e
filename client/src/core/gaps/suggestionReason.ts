import type { FormPartyType, SuggestionStrength } from '../../graphql/generated/graphql';
import { locatorCitation } from '../citations/locatorCitation';
import { bodyTypeName } from '../graph/names';
import { localName } from '../i18n/localName';
import type { Language } from '../i18n/messages';
import type { GapPair } from './gapElements';

export type GapSuggestion = GapPair['suggestions'][number];
type Provenance = Pick<GapPair['rule']['provenance'], 'sourceId' | 'source' | 'locator'>;

const cite = (provenance: Provenance, language: Language) => locatorCitation(provenance.sourceId, provenance.source, provenance.locator, language);

function list(items: string[], language: Language): string {
  const and = language === 'sv' ? 'och' : 'and';
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

const partyTypeNames: Record<FormPartyType, Record<Language, string>> = {
  municipality: { sv: 'kommunen', en: 'the municipality' },
  countyCouncil: { sv: 'landstinget', en: 'the county council' },
  employmentService: { sv: 'länsarbetsnämnden (Arbetsförmedlingen från 2008)', en: 'the county labour board (Arbetsförmedlingen from 2008)' },
  socialInsurance: { sv: 'Försäkringskassan', en: 'Försäkringskassan' },
};

const partyTypes = (types: readonly FormPartyType[], language: Language) => list(types.map((type) => partyTypeNames[type][language]), language);

/** A form's name inside a sentence: lower case, except where it starts with a proper name. */
function formInSentence(bodyType: string, language: Language): string {
  const name = bodyTypeName(bodyType, language);
  return /^(Finsam|EU)\b/.test(name) ? name : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/** "since 2005", "since 2005-03": a date only as precisely as its source gave it. */
function since(date: string, precision: string | null): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date;
}

interface Facts {
  municipality: string;
  target: string;
  goalArea: string;
  body: string;
  form: string;
  toAdd: string;
  notAdmitted: string;
  membership: string;
  recordedParties: number;
  counties: number;
  rule: string;
  goalClause: string;
}

type Sentences = Record<GapSuggestion['reason']['standing'], (facts: Facts) => string>;

const sentences: Record<Language, Sentences> = {
  sv: {
    completesBody: (f) => `${f.municipality} är redan part i ${f.body}${f.membership}; organet behöver bara kompletteras med ${f.toAdd}, och ${f.goalClause}.`,
    joinsBody: (f) =>
      `${f.body} (${f.form}) omfattar platsen och har ${f.recordedParties} registrerade parter, men ${f.municipality} är inte part och skulle behöva gå med${f.toAdd === '' ? '' : ` tillsammans med ${f.toAdd}`}; ${f.goalClause}.`,
    newBilateralLink: (f) => `En direkt samverkan mellan ${f.municipality} och ${f.target} stänger luckan, men bygger inte på något befintligt organ, som rapporten förordar i första hand.`,
    fundingGeography: (f) =>
      `${f.body} är ett programområde för EU:s strukturfonder – en finansieringsgeografi vars partnerskap omfattar ${f.counties} län, inte ett lokalt samverkansforum – och är därför ett svagt alternativ.`,
    noRecordedParties: (f) => `${f.body} (${f.form}) omfattar platsen men har inga registrerade parter, så inget visar vilka som möts där – ett svagt alternativ.`,
    notAdmitted: (f) => `${f.body} är ett organ av formen ${f.form}, vars parter är bestämda (${f.rule}), så det kan inte ta in ${f.notAdmitted}.`,
  },
  en: {
    completesBody: (f) => `${f.municipality} is already a party to ${f.body}${f.membership}; the body only needs ${f.toAdd} added, and ${f.goalClause}.`,
    joinsBody: (f) =>
      `${f.body} (${f.form}) covers the place and has ${f.recordedParties} recorded parties, but ${f.municipality} is not a party and would have to join${f.toAdd === '' ? '' : ` along with ${f.toAdd}`}; ${f.goalClause}.`,
    newBilateralLink: (f) => `A direct link between ${f.municipality} and ${f.target} closes the gap but builds on no existing body, which the report prefers first.`,
    fundingGeography: (f) =>
      `${f.body} is an EU structural fund programme area – a funding geography whose partnership spans ${f.counties} counties, not a local forum – so it is a weak option.`,
    noRecordedParties: (f) => `${f.body} (${f.form}) covers the place but has no recorded parties, so nothing shows who meets there – a weak option.`,
    notAdmitted: (f) => `${f.body} is a ${f.form}, whose parties are fixed (${f.rule}), so it cannot take in ${f.notAdmitted}.`,
  },
};

const goalClauses: Record<Language, { addresses: (goal: string) => string; takesUp: (goal: string) => string }> = {
  sv: { addresses: (goal) => `det arbetar redan med ${goal.toLowerCase()}`, takesUp: (goal) => `det skulle behöva ta upp ${goal.toLowerCase()}` },
  en: { addresses: (goal) => `it already works on ${goal.toLowerCase()}`, takesUp: (goal) => `it would have to take up ${goal.toLowerCase()}` },
};

/** One sentence saying why a suggestion ranks where it does and how strong it is, from the facts it rests on. */
export function suggestionReason(pair: GapPair, suggestion: GapSuggestion, language: Language): string {
  const { reason } = suggestion;
  const membership = reason.municipalityMembership;
  const sinceWord = language === 'sv' ? 'sedan' : 'since';
  const membershipText =
    membership === null
      ? ''
      : ` (${membership.since === null ? '' : `${sinceWord} ${since(membership.since, membership.sincePrecision ?? null)}, `}${cite(membership.provenance, language)})`;
  const form = reason.form;
  const goalArea = localName(pair.rule.goalArea, language);
  const facts: Facts = {
    municipality: pair.municipality.name,
    target: pair.target.name,
    goalArea,
    body: suggestion.body?.name ?? '',
    form: form === null ? '' : formInSentence(form.bodyType, language),
    // The municipality joining is said in the sentence itself.
    toAdd: list(
      suggestion.partiesToAdd.filter((party) => party.admitted && party.actor.id !== pair.municipality.id).map((party) => party.actor.name),
      language,
    ),
    notAdmitted: list(suggestion.partiesToAdd.filter((party) => !party.admitted).map((party) => party.actor.name), language),
    membership: membershipText,
    recordedParties: reason.recordedParties,
    counties: reason.coveredCounties,
    rule: form === null ? '' : `${partyTypes(form.partyTypes, language)}; ${[form.law, cite(form.provenance, language)].filter((part) => part !== null).join('; ')}`,
    goalClause: suggestion.addressesGoalArea ? goalClauses[language].addresses(goalArea) : goalClauses[language].takesUp(goalArea),
  };
  return sentences[language][reason.standing](facts);
}

export const strengthNames: Record<SuggestionStrength, Record<Language, string>> = {
  strong: { sv: 'Starkt alternativ', en: 'Strong option' },
  moderate: { sv: 'Medelstarkt alternativ', en: 'Moderate option' },
  weak: { sv: 'Svagt alternativ', en: 'Weak option' },
};
