import { allowedLinkTypes, linkChanges, newNodeInput, nodeChanges, slugify, validateLinkForm, validateNodeForm } from './formModel';

describe('the edit forms', () => {
  it('require source and locator, a slug id and dates in order', () => {
    expect(validateNodeForm({ id: 'Nytt Organ', kind: 'Body', name: 'Nytt organ', evidence: 'documented', source: '', validFrom: '2008-01-01', validTo: '2007-12-31' }, true)).toEqual({
      id: 'slug',
      source: 'required',
      locator: 'required',
      validTo: 'datesOrder',
    });
    expect(validateNodeForm({ name: 'x', evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' }, false)).toEqual({});
  });

  it('offer only the link types whose ends fit the two nodes', () => {
    const rules = [
      { type: 'MEMBER_OF' as const, from: ['Municipality' as const], to: ['Body' as const] },
      { type: 'COOPERATES_WITH' as const, from: ['Municipality' as const, 'Agency' as const], to: ['Municipality' as const, 'Agency' as const] },
    ];
    expect(allowedLinkTypes(rules, 'Municipality', 'Body')).toEqual(['MEMBER_OF']);
    expect(allowedLinkTypes(rules, 'Agency', 'Body')).toEqual([]);
    expect(validateLinkForm({ from: 'a', to: 'b', type: 'MEMBER_OF', evidence: 'documented', source: 's', locator: 'l' }, true, ['COOPERATES_WITH'])).toEqual({
      type: 'notAllowedEnds',
    });
  });

  it('send only what changed, an emptied field as null', () => {
    const original = { name: 'Rådet', note: 'gammal', validTo: '' };
    expect(nodeChanges(original, { name: 'Rådet', note: '', validTo: '2008-12-31' })).toEqual({ note: null, validTo: '2008-12-31' });
    expect(linkChanges({ goalAreas: 'goal-school' }, { goalAreas: 'goal-school; goal-employment' })).toEqual({ goalAreas: ['goal-school', 'goal-employment'] });
  });

  it('leave empty fields out of a new node', () => {
    expect(newNodeInput({ id: 'x', kind: 'Body', name: ' X ', evidence: 'documented', source: 's', locator: 'l', note: '', bodyType: 'meeting' })).toEqual({
      id: 'x',
      kind: 'Body',
      name: 'X',
      evidence: 'documented',
      source: 's',
      locator: 'l',
      bodyType: 'meeting',
    });
  });

  it('suggest an id from a Swedish name', () => {
    expect(slugify('Göteborgsregionen (GR)')).toBe('goteborgsregionen-gr');
  });
});
