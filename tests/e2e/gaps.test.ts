import { fetchGapInput } from '../../server/src/gaps/gapInput';
import { analyseGaps, gapReport } from '../../server/src/gaps/gapReport';
import type { GapReport } from '../../server/src/graphql/generated/resolvers';
import { useBrowserApp } from '../helpers/browserApp';
import { GapsPageObject } from './pages/GapsPage';

/** A date the seed's local development agreements (2007) were in force. */
const asOf = '2007-06-30';

describe('the Gaps view in a real browser', () => {
  const app = useBrowserApp();
  let report: Omit<GapReport, 'asOfBasis'>;

  beforeAll(async () => {
    report = gapReport(analyseGaps(await fetchGapInput(app.test.database, asOf)), {});
  });

  it('lists the gaps of the seed data and draws each as a dashed ghost edge', async () => {
    const gaps = new GapsPageObject(app.page);
    await gaps.open(app.url, asOf);
    expect(report.counts.missing).toBeGreaterThan(50);
    expect(await gaps.rowCount('missing')).toBe(report.counts.missing);
    expect(await gaps.rowCount('linked')).toBe(report.counts.linked);
    expect(await gaps.drawnEdges('missing')).toEqual({ count: report.counts.missing, lineStyles: ['dashed'] });
    expect(await gaps.drawnEdges('linked')).toEqual({ count: report.counts.linked, lineStyles: ['solid'] });
  });

  it('shows the rule, its source as a citation and the ranked suggestions with their reasons when a gap is clicked, and previews the first', async () => {
    const gap = report.pairs.find((pair) => pair.status === 'missing' && pair.municipality.name === 'Borås' && pair.target.id === 'police-authority-14');
    if (gap === undefined) throw new Error('The seed data has no gap between Borås and its police authority');
    const gaps = new GapsPageObject(app.page);
    await gaps.open(app.url, asOf);
    await gaps.selectPair(gap.id);
    expect(await gaps.detailsText('gap-details-title')).toBe(`${gap.municipality.name} – ${gap.target.name}`);
    expect(await gaps.detailsText('gap-rule')).not.toContain(gap.rule.id);
    expect(await gaps.detailsText('gap-source')).toContain('SOU 2007:104, rad 898–900, 904–909, 2112–2116');
    // How strong the rule and the municipality's agreement are: the gap is never surer than what it rests on.
    expect(await gaps.detailsText('gap-source')).toContain('belagt i källan · tolkat: vilken enhet som avses är tolkat ur ett allmänt namn');
    expect(await gaps.detailsText('gap-subject-basis')).toContain('part i Lokalt utvecklingsavtal Borås 2007');
    expect(await gaps.detailsText('gap-subject-basis')).toContain('följer av allmänt uttalande · tolkat: en avsikt eller plan, inte något som gjorts');
    expect(await gaps.suggestionBodies()).toEqual(['Ny bilateral koppling', 'Programområde Västsverige', 'Regionalt partnerskap (RTP/RUP), Västra Götalands län']);
    const reasons = await gaps.suggestionReasons();
    expect(reasons).toHaveLength(3);
    expect(reasons[1]).toContain('finansieringsgeografi vars partnerskap omfattar 2 län');
    expect(reasons[2]).toContain('har inga registrerade parter');
    const preview = await gaps.previewFirstSuggestion();
    expect(preview).toContain(`${report.counts.missing} → ${report.counts.missing - 1 - (gap.suggestions[0]?.alsoCloses.length ?? 0)}`);
  });
});
