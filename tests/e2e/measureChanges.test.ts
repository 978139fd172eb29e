import { useBrowserApp } from '../helpers/browserApp';

const screenshots = process.env['SCREENSHOT_DIR'];

describe('compare dates: how a chosen measure changed for each node', () => {
  const app = useBrowserApp();

  const changes = () => app.page.$$eval('[data-testid=measure-change]', (rows) => rows.map((row) => row.getAttribute('data-change') ?? ''));

  it('lists every node with its value on both dates and the change, sortable, in English and Swedish', async () => {
    const { page } = app;
    await page.goto(`${app.url}/?view=diff&diffFrom=2006-01-01&diffTo=2008-06-01&diffMeasure=degree&lang=en`);
    await page.getByTestId('measure-change').first().waitFor({ timeout: 90_000 });
    const byChange = await changes();
    const numbers = byChange.filter((value) => value !== '').map(Number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(byChange.slice(numbers.length).every((value) => value === '')).toBe(true);
    expect(await page.getByTestId('sort-change').textContent()).toContain('Change');
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/measure-changes-en.png` });

    await page.getByTestId('sort-name').click();
    const names = await page.$$eval('[data-testid=measure-change] th', (cells) => cells.map((cell) => cell.firstChild?.textContent?.trim() ?? ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));

    await page.getByTestId('diff-measure').selectOption('pagerank');
    await page.waitForURL(/diffMeasure=pagerank/);
    await page.getByTestId('sort-change').click();
    await page.getByTestId('measure-change').first().waitFor();
    const pagerank = (await changes()).filter((value) => value !== '').map(Number);
    expect(pagerank.some((value) => !Number.isInteger(value))).toBe(true);

    await page.goto(`${app.url}/?view=diff&diffFrom=2006-01-01&diffTo=2008-06-01&diffMeasure=betweenness&diffMode=projected&lang=sv`);
    await page.getByTestId('measure-change').first().waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('sort-change').textContent()).toContain('Förändring');
    expect(await page.getByTestId('measure-changes').textContent()).toContain('Mått per nod');
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/measure-changes-sv.png` });
  });
});
