import { layoutNames } from '../../client/src/core/urlState/urlState';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';
import { ExportPageObject } from './pages/ExportPage';

describe('the built client under its Content-Security-Policy', () => {
  const app = useBrowserApp({ page: { acceptDownloads: true } });

  it('draws, lays out, opens every view and exports without a single policy violation', async () => {
    const violations: string[] = [];
    await app.page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await app.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    app.page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?view=explorer&asOf=2007-06-01`);
    for (const layout of layoutNames.filter((name) => name !== 'force')) await explorer.chooseLayout(layout);
    for (const view of ['gaps', 'silos', 'diff']) {
      await app.page.click(`[data-testid="view-${view}"]`);
      await app.page.waitForLoadState('networkidle');
    }
    await explorer.open(`${app.url}/?view=explorer&asOf=2007-06-01`);
    const exporter = new ExportPageObject(app.page);
    await exporter.openFromMenu();
    await exporter.download('png');
    await exporter.download('svg');

    expect(violations).toEqual([]);
    expect(await app.page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
    // The watch itself works: an inline script, which the policy forbids, is reported.
    await app.page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.body.append(inline);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(violations.some((text) => text.startsWith('script-src'))).toBe(true);
    expect(await app.page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  }, 180_000);
});
