import type { Page } from 'playwright-core';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';

function waitForAsOf(page: Page, date: string) {
  return page.waitForFunction((expected) => new URLSearchParams(window.location.search).get('asOf') === expected, date, { timeout: 20_000 });
}

/**
 * Waits for the moment playback shows a step: the date in the link and on the timeline, and the step line, together
 * (read at once, since a loaded machine may reach the next step between two separate reads).
 */
function waitForStep(page: Page, date: string, line: string) {
  return page.waitForFunction(
    ({ expected, text }) =>
      new URLSearchParams(window.location.search).get('asOf') === expected &&
      document.querySelector('[data-testid="timeline-date"]')?.textContent === expected &&
      document.querySelector('[data-testid="timeline-playback"]')?.textContent === text,
    { expected: date, text: line },
    { timeout: 20_000 },
  );
}

/** The dates of change the time axis draws, in order. */
function changeDays(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="timeline-axis"] .tick', (ticks) => ticks.map((tick) => tick.getAttribute('data-date') ?? ''));
}

describe('playing the timeline', () => {
  const app = useBrowserApp();

  it('plays a chosen range from its "from" date, then through each change, with the step and date in sight', async () => {
    const explorer = new ExplorerPageObject(app.page);
    // The current date lies inside the range: playback must still start at "from", not here.
    await explorer.open(`${app.url}/?asOf=2007-06-15`);
    await app.page.fill('[data-testid="timeline-from"]', '2006-01-01');
    await app.page.fill('[data-testid="timeline-to"]', '2008-06-01');
    const days = (await changeDays(app.page)).filter((day) => day > '2006-01-01' && day < '2008-06-01');
    expect(days.length).toBeGreaterThan(1);
    const steps = Number(await app.page.getAttribute('[data-testid="timeline-playback"]', 'data-steps'));
    expect(steps).toBe(days.length + 2);

    await app.page.click('[data-testid="timeline-play"]');
    await waitForStep(app.page, '2006-01-01', `Steg 1 av ${steps}: 2006-01-01`);
    await waitForStep(app.page, days[0] ?? '', `Steg 2 av ${steps}: ${days[0] ?? ''}`);
    await app.page.click('[data-testid="timeline-play"]');
    expect(await app.page.getAttribute('[data-testid="timeline-play"]', 'aria-pressed')).toBe('false');
  });

  it('says why when the date is outside the range, and starts at "from" all the same', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2012-01-01`);
    await app.page.fill('[data-testid="timeline-from"]', '2006-01-01');
    await app.page.fill('[data-testid="timeline-to"]', '2008-06-01');
    expect(await app.page.textContent('[data-testid="timeline-playback"]')).toBe(
      '2012-01-01 ligger utanför intervallet 2006-01-01 – 2008-06-01. Spela upp börjar vid från-datumet.',
    );
    await app.page.click('[data-testid="timeline-play"]');
    await waitForAsOf(app.page, '2006-01-01');
    await app.page.click('[data-testid="timeline-play"]');

    await app.page.fill('[data-testid="timeline-from"]', '2009-01-01');
    expect(await app.page.textContent('[data-testid="timeline-playback"]')).toContain('Från-datumet ligger efter till-datumet');
    expect(await app.page.isDisabled('[data-testid="timeline-play"]')).toBe(true);
  });
});
