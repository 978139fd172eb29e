import type { CooperationActor } from '../../../../domain/cooperation/cooperationState';

export const formPartyTypes = ['municipality', 'countyCouncil', 'employmentService', 'socialInsurance'] as const;
export type FormPartyType = (typeof formPartyTypes)[number];

/**
 * Who a form of body admits. `fixed`: the parties are set by law or by the form itself; `open`: the
 * sources set no limit. `fundingGeography`: an area a fund's programme is run for, not a forum where
 * the parties meet.
 */
export interface BodyForm {
  bodyType: string;
  admits: 'fixed' | 'open';
  partyTypes: FormPartyType[];
  fundingGeography: boolean;
  sourceId: string;
  locator: string;
  /** The act that sets the parties, when one does. */
  law: string | null;
}

const finsam: Omit<BodyForm, 'bodyType'> = {
  admits: 'fixed',
  partyTypes: ['municipality', 'countyCouncil', 'employmentService', 'socialInsurance'],
  fundingGeography: false,
  sourceId: 'sou-2007-104',
  locator: 'lines 617-620',
  // The report (line 617) cites the act by the amending act that gave 3 § its 2005 wording: Försäkringskassan,
  // a county labour board, a county council and one or more municipalities (lagen.nu, SFS 2003:1210 as worded
  // by SFS 2004:793). Arbetsförmedlingen replaced the county labour board from 2008 (SFS 2007:411).
  law: 'SFS 2003:1210, 3 § (in the wording of SFS 2004:793)',
};

const forms: Record<string, Omit<BodyForm, 'bodyType'>> = {
  finsamAssociation: finsam,
  finsamForm: finsam,
  labourMarketCommittee: {
    admits: 'fixed',
    partyTypes: ['municipality', 'employmentService'],
    fundingGeography: false,
    sourceId: 'sou-2007-104',
    // Members also represent the unions and business, which are not actors in the data.
    locator: 'lines 671-676',
    law: null,
  },
  programmeArea: {
    admits: 'open',
    partyTypes: [],
    fundingGeography: true,
    sourceId: 'sou-2007-104',
    locator: 'lines 636-661',
    law: null,
  },
};

const openForm: Omit<BodyForm, 'bodyType'> = {
  admits: 'open',
  partyTypes: [],
  fundingGeography: false,
  sourceId: 'sou-2007-104',
  locator: 'lines 608-685',
  law: null,
};

export function bodyForm(bodyType: string | null): BodyForm {
  return { bodyType: bodyType ?? '', ...(forms[bodyType ?? ''] ?? openForm) };
}

/** The state parties' agencies; their units count too. */
const agenciesOf: Partial<Record<FormPartyType, readonly string[]>> = {
  employmentService: ['ams', 'arbetsformedlingen'],
  socialInsurance: ['forsakringskassan'],
};

function isOfType(actor: CooperationActor, type: FormPartyType): boolean {
  if (type === 'municipality') return actor.kind === 'Municipality';
  if (type === 'countyCouncil') return actor.kind === 'CountyCouncil';
  return actor.lineage.some((id) => agenciesOf[type]?.includes(id) ?? false);
}

export function admitsParty(bodyType: string | null, actor: CooperationActor): boolean {
  const form = bodyForm(bodyType);
  return form.admits === 'open' || form.partyTypes.some((type) => isOfType(actor, type));
}
