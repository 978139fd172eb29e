import { linkRow, nodeRow, seedRows, sourceRow } from '../tests/helpers/builders';
import { validateSeed } from './validate';

function problemsOf(rows: Parameters<typeof validateSeed>[0]) {
  const result = validateSeed(rows);
  return result.ok ? [] : result.problems;
}

describe('validateSeed', () => {
  it('accepts a consistent dataset', () => {
    const result = validateSeed(seedRows());
    expect(result.ok).toBe(true);
    expect(result.ok && result.seed.nodes.map((node) => node.row.id)).toEqual(['municipality-0001', 'body-test']);
  });

  it('names the file, line, field and reason of a bad value', () => {
    const bad = nodeRow({ evidence: 'rumour' });
    const [problem] = problemsOf(seedRows({ nodes: [bad, nodeRow({ id: 'body-test', kind: 'Body', name: 'B' })] }));
    expect(problem).toMatchObject({ file: 'nodes/test.csv', line: bad.line, field: 'evidence' });
    expect(problem?.reason).toMatch(/documented/);
  });

  it('rejects an unknown column by name', () => {
    const problems = problemsOf(seedRows({ nodes: [nodeRow({ population: '1000' }), nodeRow({ id: 'body-test', kind: 'Body' })] }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'population', reason: 'is not a known column' }));
  });

  it('rejects a link to a node that does not exist', () => {
    const problems = problemsOf(seedRows({ links: [linkRow({ to: 'body-missing' })] }));
    expect(problems).toEqual([expect.objectContaining({ field: 'to', reason: 'no node "body-missing"' })]);
  });

  it('rejects a link between kinds its type does not join', () => {
    const problems = problemsOf(seedRows({ links: [linkRow({ type: 'UNIT_OF' })] }));
    expect(problems.map((problem) => problem.reason)).toContain('a UNIT_OF link cannot start at a Municipality');
  });

  it('rejects a window that ends before it starts', () => {
    const problems = problemsOf(seedRows({ links: [linkRow({ validFrom: '2007-07-01', validTo: '2007-06-30' })] }));
    expect(problems).toEqual([expect.objectContaining({ field: 'validTo', reason: 'ends (2007-06-30) before it starts (2007-07-01)' })]);
  });

  it('rejects a duplicate id and points at the first use', () => {
    const first = nodeRow();
    const problems = problemsOf(seedRows({ nodes: [first, nodeRow(), nodeRow({ id: 'body-test', kind: 'Body' })] }));
    expect(problems).toEqual([
      expect.objectContaining({ field: 'id', reason: `node id "municipality-0001" is already used at nodes/test.csv:${first.line}` }),
    ]);
  });

  it('rejects a fact whose source is not listed', () => {
    const problems = problemsOf(seedRows({ links: [linkRow({ source: 'hearsay' })] }));
    expect(problems).toEqual([expect.objectContaining({ field: 'source', reason: 'no source "hearsay" in sources' })]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/report.pdf', 'file:///etc/passwd'])(
    'accepts only http and https source URLs, not %s',
    (url) => {
      const problems = problemsOf(seedRows({ sources: [sourceRow({ url })] }));
      expect(problems).toContainEqual(expect.objectContaining({ file: 'sources.csv', field: 'url', reason: 'must be a full http:// or https:// URL' }));
    },
  );

  it('accepts an https source URL', () => {
    expect(problemsOf(seedRows({ sources: [sourceRow({ url: 'https://data.riksdagen.se/dokument/GVB3104.html' })] }))).toEqual([]);
  });

  it('reads inferred parts as a list and rejects a part not in the vocabulary', () => {
    const result = validateSeed(seedRows({ links: [linkRow({ inferred: 'intention;mappedPartner' })] }));
    expect(result.ok && result.seed.links[0]?.row.inferred).toEqual(['intention', 'mappedPartner']);
    const bad = linkRow({ inferred: 'intention;guess' });
    const problems = problemsOf(seedRows({ links: [bad] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'links/test.csv', line: bad.line, field: 'inferred.1' })]);
    expect(problems[0]?.reason).toMatch(/assignedGoalArea/);
  });

  it('asks a date source for its place, and the place for its source', () => {
    const withoutPlace = linkRow({ validTo: '2004-12-31', dateSource: 'statute' });
    const withoutSource = linkRow({ id: 'member-2', validTo: '2004-12-31', dateLocator: 'section 1' });
    expect(problemsOf(seedRows({ sources: [sourceRow(), sourceRow({ id: 'statute' })], links: [withoutPlace, withoutSource] }))).toEqual([
      { file: 'links/test.csv', line: withoutPlace.line, field: 'dateLocator', reason: 'is required with a dateSource: where in it the dates are' },
      { file: 'links/test.csv', line: withoutSource.line, field: 'dateSource', reason: 'is required with a dateLocator' },
    ]);
  });

  it('rejects date provenance on a row without dates, and a date source that is not listed', () => {
    const undated = linkRow({ dateDerivation: 'the day before its successor started' });
    const unlisted = linkRow({ id: 'member-2', validFrom: '2005', dateSource: 'hearsay', dateLocator: 'p. 1' });
    expect(problemsOf(seedRows({ links: [undated, unlisted] }))).toEqual([
      { file: 'links/test.csv', line: undated.line, field: 'dateDerivation', reason: 'gives the provenance of dates the row does not have' },
      { file: 'links/test.csv', line: unlisted.line, field: 'dateSource', reason: 'no source "hearsay" in sources' },
    ]);
  });
});

describe('validateSeed: rows as strong as their sources', () => {
  const twoEnds = (cells: Record<string, string>) => [nodeRow(), nodeRow({ id: 'body-test', kind: 'Body', name: 'Testrådet', ...cells })];

  it('refuses a link that ends after one of its ends has ceased', () => {
    const member = linkRow({ validTo: '2005-11-02' });
    const problems = problemsOf(seedRows({ nodes: twoEnds({ validTo: '2004-12-31' }), links: [member] }));
    expect(problems).toEqual([
      { file: 'links/test.csv', line: member.line, field: 'validTo', reason: 'ends (2005-11-02) after its to end "body-test" has ceased (to 2004-12-31)' },
    ]);
  });

  it('refuses a link that starts before one of its ends exists, or after it has ceased', () => {
    const early = linkRow({ validFrom: '2001' });
    const late = linkRow({ id: 'member-late', validFrom: '2008-01-01' });
    const problems = problemsOf(seedRows({ nodes: twoEnds({ validFrom: '2003', validTo: '2007-12-31' }), links: [early, late] }));
    expect(problems).toEqual([
      { file: 'links/test.csv', line: early.line, field: 'validFrom', reason: 'starts (2001) before its to end "body-test" exists (from 2003)' },
      { file: 'links/test.csv', line: late.line, field: 'validFrom', reason: 'starts (2008-01-01) after its to end "body-test" has ceased (to 2007-12-31)' },
    ]);
  });

  it('counts only what the dates make certain: a year may hold the day an end starts, an open bound is no date', () => {
    const links = [linkRow({ validFrom: '2001', validTo: '2004' }), linkRow({ id: 'member-open' })];
    expect(problemsOf(seedRows({ nodes: twoEnds({ validFrom: '2001-06-01', validTo: '2004-03-31' }), links }))).toEqual([]);
  });

  it('lets a succession start when its predecessor has ceased, and not before its successor exists', () => {
    const nodes = [
      nodeRow({ id: 'old', kind: 'Agency', name: 'Old', validTo: '2007-06-30' }),
      nodeRow({ id: 'new', kind: 'Agency', name: 'New', validFrom: '2007-07-01' }),
    ];
    const handover = linkRow({ id: 'succeeded-old-new', type: 'SUCCEEDED_BY', from: 'old', to: 'new', validFrom: '2007-07-01' });
    expect(problemsOf(seedRows({ nodes, links: [handover] }))).toEqual([]);
    const early = linkRow({ id: 'succeeded-early', type: 'SUCCEEDED_BY', from: 'old', to: 'new', validFrom: '2007-01-01' });
    expect(problemsOf(seedRows({ nodes, links: [early] }))).toEqual([
      expect.objectContaining({ line: early.line, field: 'validFrom', reason: 'starts (2007-01-01) before its to end "new" exists (from 2007-07-01)' }),
    ]);
  });

  it('refuses a locator outside a source cited by line, or not in its line form', () => {
    const sources = [sourceRow({ lines: '2215' })];
    const past = linkRow({ locator: 'lines 617-626; line 2300' });
    const backwards = linkRow({ id: 'member-2', locator: 'lines 626-617' });
    const chapter = linkRow({ id: 'member-3', locator: 'chapter 3.2' });
    const problems = problemsOf(seedRows({ sources, links: [past, backwards, chapter] }));
    expect(problems).toEqual([
      { file: 'links/test.csv', line: past.line, field: 'locator', reason: 'line 2300 lies outside "report", which has 2215 lines' },
      { file: 'links/test.csv', line: backwards.line, field: 'locator', reason: 'lines 626-617 run backwards' },
      {
        file: 'links/test.csv',
        line: chapter.line,
        field: 'locator',
        reason: '"chapter 3.2" is not a place in "report" (2215 lines), which is cited by line: "lines 617-626", "line 904; lines 1120-1127"',
      },
    ]);
  });

  it('accepts every line form the seed uses, and any place in a source without a line count', () => {
    const sources = [sourceRow({ lines: '2215' }), sourceRow({ id: 'web-page', lines: '' })];
    const links = [
      linkRow({ locator: 'lines 1957-1963, 1967-1969; lines 748-750; lines 896, 904-909; line 1125' }),
      linkRow({ id: 'member-2', source: 'web-page', locator: 'section 1 (Sammanfattning)' }),
    ];
    expect(problemsOf(seedRows({ sources, links }))).toEqual([]);
  });

  it('checks a date locator against the date source', () => {
    const sources = [sourceRow(), sourceRow({ id: 'text', lines: '100' })];
    const dated = linkRow({ validTo: '2004-12-31', dateSource: 'text', dateLocator: 'lines 90-120' });
    expect(problemsOf(seedRows({ sources, links: [dated] }))).toEqual([
      { file: 'links/test.csv', line: dated.line, field: 'dateLocator', reason: 'line 120 lies outside "text", which has 100 lines' },
    ]);
  });

  it('refuses a date later than its source was published unless the date has its own provenance', () => {
    const sources = [sourceRow({ published: '2007-10' }), sourceRow({ id: 'statute', published: '2008-06' })];
    const undated = linkRow({ validTo: '2007-12-31' });
    const withSource = linkRow({ id: 'member-2', validTo: '2007-12-31', dateSource: 'statute', dateLocator: '1 §' });
    const derived = linkRow({ id: 'member-3', validTo: '2013', dateDerivation: 'the programme period the report gives' });
    const inTime = linkRow({ id: 'member-4', validTo: '2007' });
    const problems = problemsOf(seedRows({ sources, links: [undated, withSource, derived, inTime] }));
    expect(problems).toEqual([
      {
        file: 'links/test.csv',
        line: undated.line,
        field: 'validTo',
        reason: '2007-12-31 is after "report" was published (2007-10), so it cannot come from it: give the date its own dateSource and dateLocator, or its dateDerivation',
      },
    ]);
  });

  it('holds a date source to the same test, and refuses the row\'s own source as its date source', () => {
    const sources = [sourceRow(), sourceRow({ id: 'bill', published: '2004' })];
    const proposed = linkRow({ validFrom: '2005-01-01', dateSource: 'bill', dateLocator: 'summary' });
    const own = linkRow({ id: 'member-2', validFrom: '2005', dateSource: 'report', dateLocator: 'lines 1-2' });
    expect(problemsOf(seedRows({ sources, links: [proposed, own] }))).toEqual([
      { file: 'links/test.csv', line: proposed.line, field: 'validFrom', reason: '2005-01-01 is after "bill" was published (2004), so it cannot come from it: give its dateDerivation' },
      { file: 'links/test.csv', line: own.line, field: 'dateSource', reason: "is the row's own source; leave it empty and the dates are read from the row's source and locator" },
    ]);
  });

  it('refuses a documented row that rests on a tertiary source', () => {
    const sources = [sourceRow(), sourceRow({ id: 'wiki', type: 'tertiary' })];
    const documented = nodeRow({ id: 'municipality-0002', source: 'wiki' });
    const external = nodeRow({ id: 'municipality-0003', source: 'wiki', evidence: 'external' });
    const problems = problemsOf(seedRows({ sources, nodes: [...seedRows().nodes, documented, external] }));
    expect(problems).toEqual([
      {
        file: 'nodes/test.csv',
        line: documented.line,
        field: 'evidence',
        reason: 'cannot be documented: "wiki" is a tertiary source (a compilation of others); cite the record it rests on, or lower the evidence',
      },
    ]);
  });

  it('checks a backup only to read back whole: the rules of sourcing and lifetimes are the seed\'s', () => {
    const rows = seedRows({
      sources: [sourceRow({ lines: '10', published: '2007' })],
      nodes: twoEnds({ validTo: '2004-12-31' }),
      links: [linkRow({ locator: 'chapter 3', validTo: '2009' })],
    });
    expect(problemsOf(rows).map((problem) => problem.field).sort()).toEqual(['locator', 'validTo', 'validTo']);
    expect(validateSeed(rows, { sourceRules: false }).ok).toBe(true);
  });

  it('asks every source for its type', () => {
    const untyped = sourceRow({ id: 'untyped', type: '' });
    const unknown = sourceRow({ id: 'other', type: 'hearsay' });
    expect(problemsOf(seedRows({ sources: [sourceRow(), untyped, unknown] }))).toEqual([
      { file: 'sources.csv', line: untyped.line, field: 'type', reason: 'is required: one of primary, secondary, tertiary (how close the source is to the fact)' },
      { file: 'sources.csv', line: unknown.line, field: 'type', reason: 'must be one of primary, secondary, tertiary (how close the source is to the fact)' },
    ]);
  });
});
