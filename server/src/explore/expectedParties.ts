import type { ExpectedParty, NodeKind } from '../graphql/generated/resolvers';

/** A place at a body's table: filled by a member of one of these kinds, or by one of these agencies or their units. */
interface PartySeat {
  key: string;
  kinds?: readonly NodeKind[];
  agencies?: readonly string[];
}

/** Arbetsmarknadsverket (AMS and its county labour boards) until 2007, Arbetsförmedlingen from 2008. */
const employmentService: PartySeat = { key: 'employmentService', agencies: ['ams', 'arbetsformedlingen'] };
const municipality: PartySeat = { key: 'municipality', kinds: ['Municipality'] };

/**
 * The parties each body type admits, as the law or the report states them. Finsam: municipality, county council,
 * the labour board / Arbetsförmedlingen and Försäkringskassan (SFS 2004:793; SOU 2007:104 lines 617-620).
 * Labour market committees: the county labour board and the municipality (line 671; unions and business are not
 * in the graph). Other body types have no fixed set of parties, so nothing is expected of them.
 */
const seatsByBodyType: Record<string, readonly PartySeat[]> = {
  finsamAssociation: [municipality, { key: 'countyCouncil', kinds: ['CountyCouncil'] }, employmentService, { key: 'socialInsurance', agencies: ['forsakringskassan'] }],
  finsamForm: [municipality, { key: 'countyCouncil', kinds: ['CountyCouncil'] }, employmentService, { key: 'socialInsurance', agencies: ['forsakringskassan'] }],
  labourMarketCommittee: [municipality, employmentService],
};

export interface MemberForSeats {
  id: string;
  kind: NodeKind;
  /** The agencies the member is a unit of (a county labour board: ams). */
  agencies: readonly string[];
}

function fills(seat: PartySeat, member: MemberForSeats): boolean {
  if (seat.kinds?.includes(member.kind) === true) return true;
  const agencies = seat.agencies ?? [];
  return agencies.includes(member.id) || member.agencies.some((agency) => agencies.includes(agency));
}

/** Each party the body type admits, present when at least one member fills it. */
export function expectedParties(bodyType: string | null, members: readonly MemberForSeats[]): ExpectedParty[] {
  const seats = bodyType === null ? [] : (seatsByBodyType[bodyType] ?? []);
  return seats.map((seat) => {
    const filledBy = members.filter((member) => fills(seat, member)).map((member) => member.id);
    return { key: seat.key, present: filledBy.length > 0, filledBy };
  });
}
