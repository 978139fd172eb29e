import { exportNode } from '../../../tests/helpers/exportGraphs';
import { attributeModel } from './attributeModel';

describe('the attribute model', () => {
  it('declares each attribute once, typed to hold every value, core keys first', () => {
    const model = attributeModel([
      exportNode('a', 'Agency', { localOffices: 330, latitude: 59, goalAreas: ['goal-school'], open: true }),
      exportNode('b', 'Municipality', { latitude: 55.6, localOffices: 3_000_000_000 }),
    ]);
    expect(model).toEqual([
      { key: 'kind', type: 'string' },
      { key: 'name', type: 'string' },
      { key: 'evidence', type: 'string' },
      { key: 'sourceId', type: 'string' },
      { key: 'locator', type: 'string' },
      { key: 'goalAreas', type: 'liststring' },
      { key: 'latitude', type: 'double' },
      { key: 'localOffices', type: 'long' },
      { key: 'open', type: 'boolean' },
    ]);
  });

  it('falls back to text when one attribute holds numbers and text', () => {
    const model = attributeModel([exportNode('a', 'Agency', { code: 180 }), exportNode('b', 'Agency', { code: '0180' })]);
    expect(model.find((entry) => entry.key === 'code')).toEqual({ key: 'code', type: 'string' });
  });
});
