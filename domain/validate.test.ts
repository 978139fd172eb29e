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
    const withoutPlace = linkRow({ validTo: '2004-12-31', dateSource: 'report' });
    const withoutSource = linkRow({ id: 'member-2', validTo: '2004-12-31', dateLocator: 'section 1' });
    expect(problemsOf(seedRows({ links: [withoutPlace, withoutSource] }))).toEqual([
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
