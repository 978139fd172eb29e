import type { NetworkMetricsQuery } from '../../client/src/graphql/generated/graphql';
import { communityPalette } from '../../client/src/core/analytics/nodeStyling';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerAnalyticsObject } from './pages/ExplorerAnalytics';
import { ExplorerPageObject } from './pages/ExplorerPage';

type Metrics = NetworkMetricsQuery['networkMetrics'];

/** The measures straight from the API, to check the screen against. */
async function metricsFromApi(url: string, asOf: string): Promise<Metrics> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($asOf: Date) { networkMetrics(asOf: $asOf) { nodes { id betweenness community } communities { id leaders { name } } definitions { measure normalisation networkx } } }',
      variables: { asOf },
    }),
  });
  const body = (await response.json()) as { data: { networkMetrics: Metrics } };
  return body.data.networkMetrics;
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r},${g},${b})`;
}

const malmo = 'municipality-1280';
const forsakringskassan = 'forsakringskassan';
const malmoCentres = 'body-lokala-arbets-och-utvecklingscentra-malmo';

describe('the explorer measures: communities, the metrics table, top n and how two actors are connected', () => {
  const app = useBrowserApp();

  it('colours the nodes by community, with a legend that names each community by its most central members', async () => {
    const explorer = new ExplorerPageObject(app.page);
    const analytics = new ExplorerAnalyticsObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    const metrics = await metricsFromApi(app.url, '2007-06-01');

    await analytics.colourBy('community');
    await app.page.waitForSelector('[data-testid="community-legend"] [data-testid="community-0"]');
    const legend = await analytics.communityLegend();
    for (const [index, community] of metrics.communities.slice(0, 3).entries()) {
      for (const leader of community.leaders) expect(legend[index]).toContain(leader.name);
    }
    expect(await app.page.textContent('[data-testid="modularity"]')).toMatch(/^0,\d{1,3}$/);
    const nacka = metrics.nodes.find((node) => node.id === 'municipality-0182');
    expect((await analytics.drawnState('municipality-0182')).colour?.replace(/\s/g, '')).toBe(rgb(communityPalette[nacka?.community ?? -1] ?? ''));
    expect(new URL(app.page.url()).searchParams.get('colour')).toBe('community');
  });

  it('sorts the metrics table by betweenness, largest first, and keeps only the top 10 in the table and the graph', async () => {
    const explorer = new ExplorerPageObject(app.page);
    const analytics = new ExplorerAnalyticsObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&table=1`);
    const metrics = await metricsFromApi(app.url, '2007-06-01');

    await app.page.waitForSelector('[data-testid="table-metrics"]');
    const definition = metrics.definitions.find((entry) => entry.measure === 'betweenness');
    expect(await analytics.headerTooltip('betweenness')).toContain(`: ${definition?.normalisation ?? '?'}\nNetworkX: ${definition?.networkx ?? '?'}`);
    await analytics.sortMetricsBy('betweenness');
    const byBetweenness = [...metrics.nodes].sort((a, b) => b.betweenness - a.betweenness).map((node) => node.id);
    expect((await analytics.metricsRowIds()).slice(0, 5)).toEqual(byBetweenness.slice(0, 5));
    expect(await app.page.getAttribute('[data-testid="table-metrics"] th[aria-sort="descending"] button', 'data-testid')).toBe('table-metrics-sort-betweenness');

    await analytics.keepTop(10, 'betweenness');
    expect(new Set(await analytics.metricsRowIds())).toEqual(new Set(byBetweenness.slice(0, 10)));
    const top = byBetweenness[0] ?? '';
    await app.page.click(`[data-testid="metrics-show-${top}"]`);
    await app.page.waitForSelector('[data-testid="table-metrics"]', { state: 'detached' });
    expect(await explorer.selectedId()).toBe(top);
    expect((await analytics.drawnState(top)).visible).toBe(true);
    expect((await analytics.drawnState(byBetweenness[10] ?? '')).visible).toBe(false);
    await app.page.waitForFunction((id) => {
      const graph = window.samverkanGraph;
      if (graph === undefined || graph.animated()) return false;
      const { x, y } = graph.getElementById(id).renderedPosition();
      return Math.abs(x - graph.width() / 2) < 5 && Math.abs(y - graph.height() / 2) < 5;
    }, top);
  });

  it('shows how Malmö and Försäkringskassan are connected: the path highlighted, each step with its source', async () => {
    const explorer = new ExplorerPageObject(app.page);
    const analytics = new ExplorerAnalyticsObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&top=betweenness.10`);
    await explorer.search('malmo', malmo);
    await explorer.pickSearchResult(malmo);
    await analytics.connectTo('forsakringskassan', forsakringskassan);
    await app.page.waitForSelector('[data-testid="paths-answer"]');
    expect(await app.page.textContent('[data-testid="path"] h4')).toBe('Väg 1: Malmö → Lokala arbets- och utvecklingscentra (Malmö) → Försäkringskassan');
    expect(await app.page.$$eval('[data-testid="path-step"]', (steps) => steps.length)).toBe(2);
    expect(await app.page.textContent('[data-testid="path"] [data-testid="path-link"] [data-testid="citation"]')).toContain('Samverkan för lokal utveckling');
    // The body between them is not among the top 10, yet the path shows it.
    for (const id of [malmo, malmoCentres, forsakringskassan]) expect(await analytics.drawnState(id)).toMatchObject({ visible: true, highlighted: true });
    expect((await analytics.drawnState('regeringen')).faded).toBe(true);
    expect(new URL(app.page.url()).searchParams.get('pathTo')).toBe(forsakringskassan);
  });

  it('says plainly when two actors are not connected on the date, and shows the server’s message for a node the graph leaves out', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&sel=${malmo}&pathTo=municipality-0114`);
    await app.page.waitForSelector('[data-testid="paths-not-connected"]');
    expect(await app.page.textContent('[data-testid="paths-not-connected"]')).toBe('Malmö och Upplands Väsby hänger inte ihop per 2007-06-01 (i grafen aktörer och organ).');

    await explorer.open(`${app.url}/?asOf=2007-06-01&lang=en&pathFrom=county-12&pathTo=${forsakringskassan}`);
    await app.page.waitForSelector('[data-testid="paths-error"]');
    expect(await app.page.textContent('[data-testid="paths-error"]')).toBe('The paths could not be loaded: from: Skåne län ("county-12") is a County, which the twoMode graph leaves out');
  });

  it('keeps the measure controls and the paths inside a 390 px wide screen', async () => {
    await app.page.setViewportSize({ width: 390, height: 844 });
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&colour=community&size=pagerank&sel=${malmo}&pathTo=${forsakringskassan}`);
    // On a phone the measures and the paths live in the details drawer, which the reader opens.
    await app.page.click('[data-testid="toggle-side"]');
    await app.page.waitForSelector('[data-testid="paths-answer"]');
    const overflowing = await app.page.$$eval('[data-testid="measures"], [data-testid="paths"], [data-testid="measures"] select, [data-testid="paths"] input', (elements) =>
      elements.filter((element) => element.getBoundingClientRect().right > window.innerWidth).map((element) => element.getAttribute('data-testid') ?? element.tagName),
    );
    expect(overflowing).toEqual([]);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
