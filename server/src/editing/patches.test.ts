import { mergePatch, overlayTouched } from './patches';

describe('mergePatch', () => {
  it('keeps what is left out, removes what is null or empty (with a date\'s precision), and sets the rest', () => {
    const stored = { name: 'Rådet', note: 'x', validFrom: '1999-01-01', validFromPrecision: 'year', code: '12' };
    expect(mergePatch(stored, { name: 'Nya rådet', note: null, validFrom: '', code: undefined })).toEqual({ name: 'Nya rådet', code: '12' });
  });
});

describe('overlayTouched', () => {
  it('takes the checked form of touched fields and keeps the stored form of the others', () => {
    const merged = { validFrom: '1999-01-01', validFromPrecision: 'year', validTo: '2008-06-30' };
    const checked = { validFrom: '1999-01-01', validFromPrecision: 'day', validTo: '2008-06-30', validToPrecision: 'day' };
    expect(overlayTouched(merged, checked, { validTo: '2008-06-30' })).toEqual({ ...merged, validToPrecision: 'day' });
  });
});
