import { cypher, type QueryName } from '../db/queries';

const withoutComments = (name: QueryName) =>
  cypher(name)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');

describe('the gap input statement', () => {
  it('reads the cooperation network exactly as the silo analysis does (one statement each, so the text is repeated)', () => {
    const silos = withoutComments('cooperation/cooperation-as-of');
    const network = silos.slice(0, silos.lastIndexOf('\nRETURN '));
    expect(network.length).toBeGreaterThan(1000);
    expect(withoutComments('gaps/gap-input-as-of')).toContain(network);
  });
});
