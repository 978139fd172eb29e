import { useBrowserApp } from '../helpers/browserApp';

/** The seed's latest agreement day: the day its rules last apply to anyone. */
const latestRuleDay = '2007-12-31';

describe('the date an analysis opens on, in a real browser', () => {
  const app = useBrowserApp();

  const dateNote = async () => {
    const note = await app.page.waitForSelector(`[data-testid="analysis-date-value"]:has-text("${latestRuleDay}")`, { timeout: 60_000 });
    return { shown: await note.textContent(), basis: await app.page.getAttribute('[data-testid="analysis-date"]', 'data-basis') };
  };

  it.each([
    ['gaps', '[data-testid="gap-row"]'],
    ['silos', '[data-testid="silo-row"]'],
  ])('opens the %s view without a chosen date on the latest day the rules apply to anyone, says so, and shows rows', async (view, row) => {
    await app.page.goto(`${app.url}/?view=${view}&lang=en`);
    expect(await dateNote()).toEqual({ shown: latestRuleDay, basis: 'latestRuleDay' });
    expect(await app.page.textContent('[data-testid="analysis-date"]')).toContain('the latest date the rules apply to anyone');
    await app.page.waitForSelector(row, { timeout: 60_000 });
  }, 120_000);

  it('explains an empty gaps view on a date without agreements and offers the latest date with them', async () => {
    await app.page.goto(`${app.url}/?view=gaps&asOf=1990-01-01&lang=en`);
    const empty = await app.page.waitForSelector('[data-testid="gaps-empty"]', { timeout: 60_000 });
    expect(await empty.textContent()).toContain('No municipality had a local development agreement on this date');
    await app.page.click('[data-testid="gaps-empty"] button');
    expect((await dateNote()).shown).toBe(latestRuleDay);
    await app.page.waitForSelector('[data-testid="gap-row"]', { timeout: 60_000 });
  }, 120_000);
});
