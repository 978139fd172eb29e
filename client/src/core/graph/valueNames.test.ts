import { propertyValueName, roleName } from './valueNames';

describe('stored values in plain words', () => {
  it('reads a role with whom it stands for, in both languages', () => {
    expect(roleName('party (state)', 'sv')).toBe('part för staten');
    expect(roleName('party (state)', 'en')).toBe('party for the state');
    expect(roleName('party (municipality)', 'en')).toBe('party for the municipality');
    expect(roleName('initiator; party', 'sv')).toBe('initiativtagare, part');
    expect(roleName('member (Regeringskansliet)', 'en')).toBe('member – Regeringskansliet');
    expect(roleName('a role no list knows', 'sv')).toBe('a role no list knows');
  });

  it('names body, agreement and unit types, levels and date precisions, and leaves free text as written', () => {
    expect(propertyValueName('bodyType', 'finsamForm', 'sv')).toBe('Finsam (samverkansform)');
    expect(propertyValueName('agreementType', 'localDevelopmentAgreement', 'en')).toBe('Local development agreement');
    expect(propertyValueName('unitType', 'policeAuthority', 'sv')).toBe('Polismyndighet');
    expect(propertyValueName('level', 'local', 'sv')).toBe('lokal');
    expect(propertyValueName('validFromPrecision', 'day', 'sv')).toBe('dag');
    expect(propertyValueName('description', 'Local development agreement', 'sv')).toBe('Local development agreement');
  });
});
