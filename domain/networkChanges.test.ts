import { parseNetworkChangeEvent } from './networkChanges';

describe('a network change as the push channel sends it', () => {
  const event = { id: 'audit-1', at: '2026-01-02T03:04:05.000Z', by: 'anna', via: 'import', touched: ['node', 'link'], records: 12 };

  it('is read back as it was sent', () => {
    expect(parseNetworkChangeEvent(JSON.stringify(event))).toEqual(event);
  });

  it('is refused when it is not JSON, lacks a field or names a kind of data or a route it does not know', () => {
    expect(parseNetworkChangeEvent('not json')).toBeNull();
    expect(parseNetworkChangeEvent(JSON.stringify({ ...event, by: undefined }))).toBeNull();
    expect(parseNetworkChangeEvent(JSON.stringify({ ...event, touched: ['node', 'user'] }))).toBeNull();
    expect(parseNetworkChangeEvent(JSON.stringify({ ...event, via: 'rumour' }))).toBeNull();
  });
});
