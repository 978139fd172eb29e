import { expectedParties, type MemberForSeats } from './expectedParties';

const member = (id: string, kind: MemberForSeats['kind'], agencies: string[] = []): MemberForSeats => ({ id, kind, agencies });

describe('expected parties of a body', () => {
  it('finds the two Finsam parties that are missing when only the agencies are members', () => {
    const parties = expectedParties('finsamForm', [member('forsakringskassan', 'Agency'), member('ams', 'Agency')]);
    expect(parties).toEqual([
      { key: 'municipality', present: false, filledBy: [] },
      { key: 'countyCouncil', present: false, filledBy: [] },
      { key: 'employmentService', present: true, filledBy: ['ams'] },
      { key: 'socialInsurance', present: true, filledBy: ['forsakringskassan'] },
    ]);
  });

  it('counts a county labour board as the employment service through the agency it is a unit of', () => {
    const parties = expectedParties('labourMarketCommittee', [member('municipality-1280', 'Municipality'), member('county-labour-board-12', 'AgencyUnit', ['ams'])]);
    expect(parties.every((party) => party.present)).toBe(true);
    expect(parties.find((party) => party.key === 'employmentService')?.filledBy).toEqual(['county-labour-board-12']);
  });

  it('expects nothing of types without fixed parties, or of agreements', () => {
    expect(expectedParties('regionalPartnership', [])).toEqual([]);
    expect(expectedParties(null, [member('municipality-1280', 'Municipality')])).toEqual([]);
  });
});
