import { neutralise } from './auditCsv';

describe('neutralise', () => {
  it.each(['=1+1', '+46 8 000', '-2', '@SUM(A1)', '\t=1'])('keeps %j from running as a formula', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralise('Malmö stad')).toBe('Malmö stad');
  });
});
