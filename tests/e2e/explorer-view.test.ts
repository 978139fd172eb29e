import { fetchNetwork } from '../../server/src/network/networkRepository';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';

describe('the explorer view: filters, layouts, shared links, keyboard', () => {
  const app = useBrowserApp();

  it('hides a kind with its filter, counts what is shown and hidden, and keeps the other nodes where they were', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    const network = await fetchNetwork(app.test.database, { asOf: '2007-06-01', kinds: null });
    const municipalities = network.nodes.filter((node) => node.kind === 'Municipality').length;
    expect(await explorer.counts()).toMatchObject({ shownNodes: network.nodes.length, totalNodes: network.nodes.length });
    const before = await explorer.positions(['ams', 'county-12', 'body-finsam']);

    await explorer.toggleFilter('kind-Municipality');
    const counts = await explorer.counts();
    expect(counts).toMatchObject({ shownNodes: network.nodes.length - municipalities, totalNodes: network.nodes.length });
    expect(counts.shownEdges).toBeLessThan(counts.totalEdges);
    expect(await explorer.countsText()).toContain(`${municipalities} noder dolda`);
    expect(await explorer.drawn('municipality-1280')).toMatchObject({ visible: false });
    expect(await explorer.positions(['ams', 'county-12', 'body-finsam'])).toEqual(before);
    expect(new URL(app.page.url()).searchParams.get('hideKinds')).toBe('Municipality');

    await explorer.toggleFilter('evidence-proposed');
    expect((await explorer.counts()).shownNodes).toBeLessThan(counts.shownNodes);
  });

  it('switches to the geographic layout: municipalities on a county outline, Malmö south of Umeå', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    await explorer.chooseLayout('geographic');
    await app.page.waitForSelector('[data-testid="county-outline"][data-counties="21"]');
    const { 'municipality-1280': malmo, 'municipality-2480': umea, 'municipality-0180': stockholm } = await explorer.positions([
      'municipality-1280',
      'municipality-2480',
      'municipality-0180',
    ]);
    expect(malmo?.y).toBeGreaterThan(umea?.y ?? Infinity);
    expect(malmo?.x).toBeLessThan(stockholm?.x ?? -Infinity);
    expect(new URL(app.page.url()).searchParams.get('layout')).toBe('geographic');
  });

  // Two full page loads and the counties layout: over a minute on a loaded two-core machine.
  it('opens a copied link in a fresh page with the same date, filters, selection, layout, mode and panel', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    await explorer.toggleFilter('evidence-proposed');
    await explorer.chooseMode('projected');
    await explorer.chooseLayout('counties');
    await explorer.search('malmo', 'municipality-1280');
    await explorer.pickSearchResult('municipality-1280');
    await app.page.click('[data-testid="action-covering"]');
    await app.page.waitForSelector('[data-testid="bodies-covering"] [data-testid="body-profile-body-lokala-arbets-och-utvecklingscentra-malmo"]');
    const link = app.page.url();
    const counts = await explorer.counts();

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const fresh = new ExplorerPageObject(await context.newPage());
    await fresh.open(link);
    await fresh.waitForDetails('municipality-1280');
    expect(fresh.page.url()).toBe(link);
    expect(await fresh.counts()).toEqual(counts);
    expect(await fresh.detailsName()).toBe('Malmö');
    expect(await fresh.page.inputValue('[data-testid="as-of"]')).toBe('2007-06-01');
    expect(await fresh.page.inputValue('[data-testid="layout-select"]')).toBe('counties');
    expect(await fresh.page.getAttribute('[data-testid="mode-projected"]', 'aria-pressed')).toBe('true');
    expect(await fresh.page.isChecked('[data-testid="filter-evidence-proposed"]')).toBe(false);
    await fresh.page.waitForSelector('[data-testid="bodies-covering"] [data-testid="body-profile-body-lokala-arbets-och-utvecklingscentra-malmo"]');
    await context.close();
  }, 120_000);

  it('runs the main flow with the keyboard only: search, select, move to a neighbour, open details, focus', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    await app.page.keyboard.press('/');
    expect(await explorer.focusedTestId()).toBe('search-input');
    await app.page.keyboard.type('malmo');
    await app.page.waitForSelector('[data-testid="search-option-municipality-1280"]');
    await app.page.keyboard.press('Enter');
    await explorer.waitForDetails('municipality-1280');
    expect(await explorer.focusedTestId()).toBe('graph-canvas');

    const neighbours = await app.page.evaluate(() =>
      window.samverkanGraph
        ?.getElementById('municipality-1280')
        .neighborhood()
        .nodes()
        .map((node) => node.id()),
    );
    let moved: string | null = 'municipality-1280';
    for (const key of ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft']) {
      await app.page.keyboard.press(key);
      moved = await explorer.selectedId();
      if (moved !== 'municipality-1280') break;
    }
    expect(neighbours).toContain(moved);
    await explorer.waitForDetails(moved ?? '');

    await app.page.keyboard.press('Enter');
    expect(await explorer.focusedTestId()).toBe('details-name');
    await app.page.keyboard.press('Tab');
    expect(await explorer.focusedTestId()).toBe('details-close');
    await app.page.keyboard.press('Tab');
    expect(await explorer.focusedTestId()).toBe('action-focus');
    await app.page.keyboard.press('Enter');
    await app.page.waitForSelector('[data-testid="chip-focus"]');
    expect(new URL(app.page.url()).searchParams.get('focus')).toBe(moved);
  });

  it('shows a table of the same nodes and links as the graph', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&hideKinds=Municipality,District`);
    await app.page.click('[data-testid="show-table"]');
    await app.page.waitForSelector('[data-testid="table-nodes"]');
    const counts = await explorer.counts();
    expect(await app.page.$$eval('[data-testid="table-nodes"] tbody tr', (rows) => rows.length)).toBe(counts.shownNodes);
    expect(await app.page.$$eval('[data-testid="table-links"] tbody tr', (rows) => rows.length)).toBe(counts.shownEdges);
    await app.page.click('[data-testid="table-nodes"] [data-testid="row-forsakringskassan"]');
    await explorer.waitForDetails('forsakringskassan');
  });

  it('lists the members of a body and the expected parties that are absent', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&sel=body-finsam`);
    await explorer.waitForDetails('body-finsam');
    await app.page.click('[data-testid="action-members"]');
    await app.page.waitForSelector('[data-testid="expected-parties"]');
    expect(await app.page.getAttribute('[data-testid="party-municipality"]', 'data-present')).toBe('false');
    expect(await app.page.getAttribute('[data-testid="party-socialInsurance"]', 'data-present')).toBe('true');
    await app.page.selectOption('[data-testid="compare-select"]', 'body-central-agency-working-group-2005');
    await app.page.waitForSelector('[data-testid="overlap-shared"] .node-link');
    expect(await app.page.textContent('[data-testid="overlap-shared"]')).toContain('Försäkringskassan');
  });

  it('says when the database does not answer, and draws the graph once it does and the user retries', async () => {
    const unavailable = { errors: [{ message: 'The database is not reachable right now; try again in a moment.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] };
    await app.page.route('**/graphql', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(unavailable) }));
    await app.page.goto(`${app.url}/?asOf=2007-06-01`);
    await app.page.waitForSelector('[data-testid="load-error"]');
    expect(await app.page.textContent('[data-testid="load-error"]')).toContain('Databasen svarar inte just nu');
    await app.page.unroute('**/graphql');
    await app.page.click('[data-testid="load-error"] button');
    await new ExplorerPageObject(app.page).waitForGraph();
    expect(await app.page.isVisible('[data-testid="load-error"]')).toBe(false);
  });

  it('says so when the filters hide everything, with a way back', async () => {
    const explorer = new ExplorerPageObject(app.page);
    const kinds = 'Municipality,County,CountyCouncil,CountyAdministrativeBoard,Agency,AgencyUnit,Organisation,Body,District,Agreement,GoalArea';
    await explorer.open(`${app.url}/?asOf=2007-06-01&hideKinds=${kinds}`);
    await app.page.waitForSelector('[data-testid="all-filtered"]');
    await app.page.click('[data-testid="filters-reset"]');
    await app.page.waitForSelector('[data-testid="all-filtered"]', { state: 'detached' });
    expect((await explorer.counts()).shownNodes).toBeGreaterThan(500);
  });

  it('switches to English and back, and keeps the language in the link', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(app.url);
    await app.page.click('[data-testid="language"]');
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await app.page.textContent('[data-testid="mode-twoMode"]')).toBe('Actors and bodies');
    expect(new URL(app.page.url()).searchParams.get('lang')).toBe('en');
  });
});
