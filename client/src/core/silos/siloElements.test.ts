import { toSiloElements } from './siloElements';
import { anActorSilo } from './testSilos';

describe('the silo graph', () => {
  it('draws each tie once, marks one-to-one ties and the flagged actors, and adds partners outside the selection', () => {
    const elements = toSiloElements([
      anActorSilo('nacka', { ties: [['fk', true], ['af', true]], flags: ['oneAgencyAtATime'] }),
      anActorSilo('fk', { kind: 'Agency', ties: [['nacka', true], ['skatt', false]] }),
    ]);
    expect(elements.filter((element) => element.group === 'nodes').map((element) => [element.data.id, String(element.data['flag'])])).toEqual([
      ['nacka', 'oneAgencyAtATime'],
      ['fk', ''],
      ['af', ''],
      ['skatt', ''],
    ]);
    expect(elements.filter((element) => element.group === 'edges').map((element) => [element.data.id, String(element.data['oneToOne'])])).toEqual([
      ['tie:fk|nacka', 'yes'],
      ['tie:af|nacka', 'yes'],
      ['tie:fk|skatt', 'no'],
    ]);
  });
});
