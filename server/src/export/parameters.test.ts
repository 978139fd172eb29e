import { AppError } from '../db/errors';
import { parseRequest } from './parameters';

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('Expected a BAD_USER_INPUT error');
}

describe('export parameters', () => {
  it('reads a snapshot request with sorted, de-duplicated filters', () => {
    expect(parseRequest('snapshot', { asOf: '2007-06-01', kinds: 'Body, Agency,Body', mode: 'projected' })).toEqual({
      scope: { type: 'snapshot', asOf: '2007-06-01' },
      mode: 'projected',
      filter: { kinds: ['Agency', 'Body'], relationshipTypes: null, evidence: null, bodyTypes: null },
    });
  });

  it('reads the measures to carry: all of them, or a list kept in the order of networkMetrics', () => {
    expect(parseRequest('snapshot', { asOf: '2007-06-01', measures: 'all' }).measures).toEqual([
      'degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'coreNumber', 'community',
    ]);
    expect(parseRequest('snapshot', { asOf: '2007-06-01', measures: 'community,pagerank,degree' }).measures).toEqual(['degree', 'pagerank', 'community']);
    expect(parseRequest('snapshot', { asOf: '2007-06-01' }).measures).toBeUndefined();
  });

  it.each([
    ['snapshot', { asOf: '2007-06-01', measures: 'pagerank,fame' }, 'measures', 'measures: "fame" is not one of degree, weightedDegree'],
    ['snapshot', { measures: 'all' }, 'measures', 'measures: the measures are of the network as of a date: give asOf too'],
    ['history', { from: '2006-01-01', measures: 'all' }, 'measures', 'measures: not a parameter here'],
    ['snapshot', { asOf: '2007-02-30' }, 'asOf', 'asOf: "2007-02-30" is not a calendar date written YYYY-MM-DD'],
    ['snapshot', { asOf: ['2007-01-01', '2008-01-01'] }, 'asOf', 'asOf: give it once, as plain text'],
    ['snapshot', { kinds: 'Agency,Town' }, 'kinds', 'kinds: "Town" is not one of'],
    ['snapshot', { evidence: 'documented,' }, 'evidence', 'evidence: give comma-separated values without empty ones'],
    ['snapshot', { mode: 'tripartite' }, 'mode', 'mode: "tripartite" is not one of twoMode, projected'],
    ['snapshot', { asof: '2007-01-01' }, 'asof', 'asof: not a parameter here'],
    ['history', { asOf: '2007-01-01' }, 'asOf', 'asOf: not a parameter here'],
    ['history', { from: '2008-01-01', to: '2007-01-01' }, 'to', 'to: 2007-01-01 is before from (2008-01-01)'],
    ['diff', { to: '2008-01-01' }, 'from', 'from: required'],
  ] as const)('refuses %s parameters %j, naming %s', (scope, raw, parameter, message) => {
    const error = failure(() => parseRequest(scope, raw));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ parameter });
    expect(error.message).toContain(message);
  });
});
