import { fetchNetwork } from '../../server/src/network/networkRepository';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';

describe('the explorer in a real browser', () => {
  const app = useBrowserApp();

  it('draws as many nodes as the API returns', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(app.url);
    const network = await fetchNetwork(app.test.database, { asOf: null, kinds: null });
    expect(network.nodes.length).toBeGreaterThan(300);
    expect(await explorer.renderedNodeCount()).toBe(network.nodes.length);
  });

  it('shows a node\'s details when it is clicked', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(app.url);
    await explorer.clickNode('integrationsverket');
    await app.page.waitForSelector('[data-testid="details-name"]');
    expect(await explorer.detailsName()).toBe('Integrationsverket');
    expect(await app.page.textContent('[data-testid="details-panel"]')).toContain('2007-06-30');
  });

  it('finds Göteborg from "goteborg", grouped by kind, and selects it with its details and readable source', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(app.url);
    await explorer.search('goteborg', 'municipality-1480');
    expect((await explorer.searchGroups())[0]).toBe('Municipality');
    expect(await explorer.searchGroups()).toEqual(expect.arrayContaining(['Body', 'AgencyUnit']));
    await explorer.pickSearchResult('municipality-1480');
    expect(await explorer.detailsName()).toBe('Göteborg');
    expect(await app.page.textContent('[data-testid="details-kind"]')).toBe('Kommun');
    expect(await app.page.textContent('[data-testid="details-source"]')).toContain('Swedish Geodata');
    expect(await app.page.getAttribute('[data-testid="counts"]', 'data-rendered-nodes')).not.toBe('');
    expect(await app.page.evaluate(() => window.samverkanGraph?.getElementById('municipality-1480').selected())).toBe(true);
  });

  it("shows Integrationsverket's links up to its closure on 30 June 2007, and neither it nor them after", async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-30&sel=integrationsverket`);
    await explorer.waitForDetails('integrationsverket');
    const before = await explorer.drawn('integrationsverket');
    expect(before.visible).toBe(true);
    expect(before.links).toBeGreaterThanOrEqual(3);
    expect(await app.page.isVisible('[data-testid="links-PARTY_TO-outgoing"], [data-testid="details-memberships"]')).toBe(true);

    await explorer.setDate('2007-07-01');
    await app.page.waitForFunction(() => window.samverkanGraph?.getElementById('integrationsverket').empty() === true);
    expect(await explorer.drawn('integrationsverket')).toEqual({ visible: false, links: 0 });
    await app.page.waitForSelector('[data-testid="details-not-at-date"]');
    expect(await app.page.isVisible('[data-testid="details-memberships"]')).toBe(false);
    expect(await app.page.textContent('[data-testid="timeline-date"]')).toBe('2007-07-01');

    await explorer.setDate('2007-06-30');
    await app.page.waitForFunction(() => window.samverkanGraph?.getElementById('integrationsverket').nonempty() === true);
    expect((await explorer.drawn('integrationsverket')).links).toBe(before.links);
  });

  it('steps along the timeline from change to change and lists what changed', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-15`);
    await app.page.click('[data-testid="timeline-next"]');
    await app.page.waitForFunction(() => new URLSearchParams(window.location.search).get('asOf') === '2007-07-01');
    await app.page.click('[data-testid="timeline-events"] summary');
    expect(await app.page.textContent('[data-testid="timeline-events"]')).toContain('Integrationsverket');
  });
});
