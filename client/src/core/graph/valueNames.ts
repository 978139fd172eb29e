import type { Language } from '../i18n/messages';
import { bodyTypeName } from './names';

type Names = Record<string, Record<Language, string>>;

export const agreementTypeNames: Names = {
  localDevelopmentAgreement: { sv: 'Lokalt utvecklingsavtal', en: 'Local development agreement' },
  cooperationAgreement: { sv: 'Samverkansavtal', en: 'Cooperation agreement' },
  nationalAgreement: { sv: 'Nationell överenskommelse', en: 'National agreement' },
};

export const agencyLevelNames: Names = {
  central: { sv: 'central', en: 'central' },
  regional: { sv: 'regional', en: 'regional' },
  local: { sv: 'lokal', en: 'local' },
};

/** The seed's unit types (free text in the format, a closed list in the data). */
export const unitTypeNames: Names = {
  policeAuthority: { sv: 'Polismyndighet', en: 'Police authority' },
  countyLabourBoard: { sv: 'Länsarbetsnämnd', en: 'County labour board' },
  regionalSupervisionUnit: { sv: 'Regional tillsynsenhet', en: 'Regional supervision unit' },
  regionalUnit: { sv: 'Regional enhet', en: 'Regional unit' },
  unit: { sv: 'Enhet', en: 'Unit' },
  countyOffice: { sv: 'Länskontor', en: 'County office' },
  council: { sv: 'Råd', en: 'Council' },
  nationalLaboratory: { sv: 'Nationellt laboratorium', en: 'National laboratory' },
};

/** The words a membership's role is written in ("party (state)", "initiator; party", "reference group of"). */
const roleWords: Names = {
  member: { sv: 'medlem', en: 'member' },
  party: { sv: 'part', en: 'party' },
  participant: { sv: 'deltagare', en: 'participant' },
  coordinator: { sv: 'samordnare', en: 'coordinator' },
  initiator: { sv: 'initiativtagare', en: 'initiator' },
  convenor: { sv: 'sammankallande', en: 'convenor' },
  chair: { sv: 'ordförande', en: 'chair' },
  'reference group of': { sv: 'referensgrupp till', en: 'reference group of' },
  'working group of': { sv: 'arbetsgrupp till', en: 'working group of' },
  'proposed participant': { sv: 'föreslagen deltagare', en: 'proposed participant' },
  'proposed: represented': { sv: 'föreslås vara företrädd', en: 'proposed to be represented' },
};

/** Whom a party stands for, in a role's brackets. */
const qualifierWords: Names = {
  municipality: { sv: 'för kommunen', en: 'for the municipality' },
  state: { sv: 'för staten', en: 'for the state' },
};

/**
 * A stored role in plain words: "party (state)" reads "part för staten" or "party for the state", "initiator; party"
 * "initiator, party"; whom other brackets name follows a dash ("member – Regeringskansliet").
 */
export function roleName(role: string, language: Language): string {
  return role
    .split(';')
    .map((part) => {
      const [, word = part.trim(), qualifier] = /^\s*(.*?)(?:\s*\((.*)\))?\s*$/.exec(part) ?? [];
      const base = roleWords[word]?.[language] ?? word;
      if (qualifier === undefined) return base;
      const known = qualifierWords[qualifier]?.[language];
      return known === undefined ? `${base} – ${qualifier}` : `${base} ${known}`;
    })
    .join(', ');
}

/** How precisely a source gave a date. */
export const precisionNames: Names = {
  year: { sv: 'år', en: 'year' },
  month: { sv: 'månad', en: 'month' },
  day: { sv: 'dag', en: 'day' },
};

const byProperty: Record<string, Names> = {
  agreementType: agreementTypeNames,
  level: agencyLevelNames,
  unitType: unitTypeNames,
  validFromPrecision: precisionNames,
  validToPrecision: precisionNames,
};

/** A stored property's value as the reader's language says it: body, agreement and unit types, levels and roles by name. */
export function propertyValueName(key: string, value: string, language: Language): string {
  if (key === 'bodyType') return bodyTypeName(value, language);
  if (key === 'role') return roleName(value, language);
  return byProperty[key]?.[value]?.[language] ?? value;
}

/** Options for a select of a closed vocabulary, each by its name. */
export function namedOptions(key: string, values: readonly string[], language: Language) {
  return values.map((value) => ({ value, label: propertyValueName(key, value, language) }));
}
