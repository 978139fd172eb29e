import { indexNetwork } from './networkIndex';
import { projectTies } from './projection';
import { aLink, malmoNetwork } from './testNetwork';

describe('the projected view', () => {
  const index = indexNetwork(malmoNetwork());

  it('ties the actors that share a body and remembers the bodies', () => {
    const ties = projectTies(index, () => true, () => true);
    expect(ties).toEqual([
      { id: 'tie:ams|forsakringskassan', source: 'ams', target: 'forsakringskassan', via: ['body-meeting'] },
      { id: 'tie:county-labour-board-12|forsakringskassan', source: 'county-labour-board-12', target: 'forsakringskassan', via: ['body-lauc'] },
      { id: 'tie:county-labour-board-12|municipality-1280', source: 'county-labour-board-12', target: 'municipality-1280', via: ['body-lauc'] },
      { id: 'tie:forsakringskassan|municipality-1280', source: 'forsakringskassan', target: 'municipality-1280', via: ['body-lauc'] },
    ]);
  });

  it('lists every shared body on one tie', () => {
    const network = malmoNetwork();
    network.edges.push(aLink('MEMBER_OF', 'municipality-1280', 'body-meeting'));
    const ties = projectTies(indexNetwork(network), () => true, () => true);
    expect(ties.find((tie) => tie.id === 'tie:forsakringskassan|municipality-1280')?.via).toEqual(['body-lauc', 'body-meeting']);
  });

  it('leaves out bodies and memberships the filters hide', () => {
    const ties = projectTies(index, (id) => id !== 'body-lauc', (edge) => edge.provenance.evidence !== 'proposed');
    expect(ties).toEqual([]);
  });
});
