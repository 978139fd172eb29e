import { sharedAreaIds } from './sharedAreas';

describe('areas two bodies share', () => {
  const skane = { id: 'county-12', enclosing: [] };
  const blekinge = { id: 'county-10', enclosing: [] };
  const malmo = { id: 'municipality-1280', enclosing: ['county-12'] };
  const rosengard = { id: 'district-malmo-rosengard', enclosing: ['municipality-1280', 'county-12'] };

  it('shares an area both cover', () => {
    expect(sharedAreaIds([skane], [skane, blekinge])).toEqual(['county-12']);
  });

  it('shares the smaller area when one lies inside the other, whichever body covers it', () => {
    expect(sharedAreaIds([skane], [malmo])).toEqual(['municipality-1280']);
    expect(sharedAreaIds([rosengard], [skane, blekinge])).toEqual(['district-malmo-rosengard']);
  });

  it('shares nothing between areas side by side', () => {
    expect(sharedAreaIds([blekinge], [malmo])).toEqual([]);
    expect(sharedAreaIds([], [malmo])).toEqual([]);
  });
});
