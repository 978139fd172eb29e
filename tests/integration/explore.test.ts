import assert from 'node:assert/strict';
import { AppError } from '../../server/src/db/errors';
import { fetchBodiesCovering, fetchBodyMembers, fetchBodyOverlap } from '../../server/src/explore/bodyRepository';
import { fetchNeighbourhood } from '../../server/src/explore/neighbourhoodRepository';
import { search } from '../../server/src/explore/searchRepository';
import { fetchTimeline } from '../../server/src/explore/timelineRepository';
import { appOnTestDatabase } from '../helpers/testApp';

describe('the explorer API on the seed data', () => {
  const live = appOnTestDatabase();

  const find = (text: string, asOf: string | null = null) => search(live.test.database, { text, asOf, kinds: null, limitPerKind: 8 });

  describe('search', () => {
    it('finds Göteborg from "goteborg" and Örebro from "orebro", best hit first in the municipality group', async () => {
      const goteborg = await find('goteborg');
      expect(goteborg.normalised).toBe('goteborg');
      const municipalities = goteborg.groups.find((group) => group.kind === 'Municipality');
      expect(municipalities?.hits[0]?.node.id).toBe('municipality-1480');
      expect(municipalities?.hits[0]?.context).toBe('Västra Götalands län');
      const orebro = await find('OREBRO');
      expect(orebro.groups.find((group) => group.kind === 'Municipality')?.hits[0]?.node.name).toBe('Örebro');
      expect(orebro.groups.find((group) => group.kind === 'County')?.hits[0]?.node.name).toBe('Örebro län');
    });

    it('groups hits by kind with totals that add up, and matches codes', async () => {
      const result = await find('göteborg');
      expect(new Set(result.groups.map((group) => group.kind)).size).toBe(result.groups.length);
      expect(result.total).toBe(result.groups.reduce((sum, group) => sum + group.total, 0));
      expect(result.groups.map((group) => group.kind)).toEqual(expect.arrayContaining(['Municipality', 'Body']));
      const byCode = await find('1280');
      expect(byCode.groups[0]?.hits[0]?.node.name).toBe('Malmö');
    });

    it('needs every word to match and finds nothing for blank text', async () => {
      const both = await find('lokala malmo');
      const ids = both.groups.flatMap((group) => group.hits.map((hit) => hit.node.id));
      expect(ids).toContain('body-lokala-arbets-och-utvecklingscentra-malmo');
      expect(ids).not.toContain('municipality-1280');
      expect((await find('   ')).groups).toEqual([]);
    });

    it('marks a node that did not exist at the date and ranks it after those that did', async () => {
      const after = await find('integrationsverket', '2008-01-01');
      const agency = after.groups.find((group) => group.kind === 'Agency')?.hits.find((hit) => hit.node.id === 'integrationsverket');
      expect(agency?.validAtDate).toBe(false);
      const before = await find('integrationsverket', '2007-01-01');
      expect(before.groups.find((group) => group.kind === 'Agency')?.hits[0]).toMatchObject({ validAtDate: true, node: { id: 'integrationsverket' } });
    });

    it('refuses an oversized limit with an error naming the field', async () => {
      await expect(search(live.test.database, { text: 'malmo', asOf: null, kinds: null, limitPerKind: 1000 })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('limitPerKind') as unknown,
      });
    });
  });

  describe('neighbourhood', () => {
    it("has Integrationsverket's links before its closure on 30 June 2007 and none after", async () => {
      const before = await fetchNeighbourhood(live.test.database, { id: 'integrationsverket', asOf: '2007-06-30', types: null });
      expect(before.centreValidAtDate).toBe(true);
      expect(before.links.map((link) => link.edge.id)).toEqual(
        expect.arrayContaining(['member-central-agency-working-group-2005-integrationsverket', 'party-introduction-2001-integrationsverket']),
      );
      const after = await fetchNeighbourhood(live.test.database, { id: 'integrationsverket', asOf: '2007-07-01', types: null });
      expect(after.centreValidAtDate).toBe(false);
      expect(after.centre.name).toBe('Integrationsverket');
      expect(after.links.filter((link) => link.edge.type !== 'SUCCEEDED_BY')).toEqual([]);
    });

    it('keeps only the relationship types asked for, with the direction seen from the centre', async () => {
      const result = await fetchNeighbourhood(live.test.database, { id: 'municipality-0380', asOf: '2007-06-01', types: ['LOCATED_IN'] });
      expect(result.links.map((link) => [link.edge.type, link.direction, link.neighbour.id])).toEqual([
        ['LOCATED_IN', 'incoming', 'district-uppsala-gottsunda'],
        ['LOCATED_IN', 'outgoing', 'county-03'],
      ]);
    });

    it('says which id was not found', async () => {
      const missing = fetchNeighbourhood(live.test.database, { id: `${live.test.idPrefix}none`, asOf: null, types: null });
      await expect(missing).rejects.toBeInstanceOf(AppError);
      await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(`${live.test.idPrefix}none`) as unknown });
    });
  });

  describe('bodies', () => {
    it('lists the bodies covering Malmö in 2007: its own joint operation, the county partnership and the programme area', async () => {
      const coverage = await fetchBodiesCovering(live.test.database, 'municipality-1280', '2007-06-01');
      const scopes = Object.fromEntries(coverage.bodies.map((entry) => [entry.profile.body.id, entry.scope]));
      expect(scopes).toMatchObject({
        'body-lokala-arbets-och-utvecklingscentra-malmo': 'place',
        'body-regional-partnership-skane': 'containing',
        'body-programme-area-skane-blekinge': 'containing',
      });
      const lauc = coverage.bodies.find((entry) => entry.profile.body.id === 'body-lokala-arbets-och-utvecklingscentra-malmo');
      expect(lauc?.profile.members.map((member) => member.node.id).sort()).toEqual(['county-labour-board-12', 'forsakringskassan', 'municipality-1280']);
    });

    it('lists agreements after bodies: Uppsala is party to its agreement, which covers Gottsunda inside it', async () => {
      const coverage = await fetchBodiesCovering(live.test.database, 'municipality-0380', '2007-06-01');
      const rows = coverage.bodies.map((entry) => [entry.profile.body.id, entry.scope, entry.via.map((area) => area.id).sort()]);
      expect(rows.slice(0, 2)).toEqual(
        expect.arrayContaining([
          ['body-regional-partnership-uppsala', 'containing', ['county-03']],
          ['body-programme-area-ostra-mellansverige', 'containing', ['county-03']],
        ]),
      );
      expect(rows.slice(2)).toEqual([['lua-uppsala', 'member', ['district-uppsala-gottsunda', 'municipality-0380']]]);
    });

    it('leaves out the 2007-2013 programme areas before they started', async () => {
      const coverage = await fetchBodiesCovering(live.test.database, 'municipality-1280', '2006-06-01');
      expect(coverage.bodies.map((entry) => entry.profile.body.id)).not.toContain('body-programme-area-skane-blekinge');
    });

    it('refuses a place that is not an area', async () => {
      await expect(fetchBodiesCovering(live.test.database, 'ams', null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('shows which Finsam parties are absent from the form', async () => {
      const finsam = await fetchBodyMembers(live.test.database, 'body-finsam', '2007-06-01');
      expect(finsam.expectedParties.map((party) => [party.key, party.present])).toEqual([
        ['municipality', false],
        ['countyCouncil', false],
        ['employmentService', true],
        ['socialInsurance', true],
      ]);
    });

    it('lists the members of the central agency working group with their membership links, Integrationsverket until its closure', async () => {
      const during = await fetchBodyMembers(live.test.database, 'body-central-agency-working-group-2005', '2007-06-30');
      expect(during.members).toHaveLength(12);
      const after = await fetchBodyMembers(live.test.database, 'body-central-agency-working-group-2005', '2007-07-01');
      expect(after.members.map((member) => member.node.id)).not.toContain('integrationsverket');
      expect(after.members).toHaveLength(11);
      expect(after.members[0]?.link.type).toBe('MEMBER_OF');
    });

    it('finds what two bodies share: members and the smaller of nested areas', async () => {
      const overlap = await fetchBodyOverlap(live.test.database, 'body-central-agency-working-group-2005', 'body-reference-group-central-agencies', '2005-06-01');
      expect(overlap.sharedMembers).toEqual([]);
      const members = await fetchBodyOverlap(live.test.database, 'body-central-agency-working-group-2005', 'body-reference-group-central-agencies', null);
      expect(members.sharedMembers.map((node) => node.id)).toEqual(expect.arrayContaining(['ams', 'integrationsverket', 'bra']));
      expect(members.onlyInA.map((node) => node.id)).toContain('itps');
      const areas = await fetchBodyOverlap(live.test.database, 'body-regional-partnership-skane', 'body-lokala-arbets-och-utvecklingscentra-malmo', '2007-06-01');
      expect(areas.sharedAreas.map((node) => node.id)).toEqual(['municipality-1280']);
      const programme = await fetchBodyOverlap(live.test.database, 'body-regional-partnership-skane', 'body-programme-area-skane-blekinge', '2007-06-01');
      expect(programme.sharedAreas.map((node) => node.id)).toEqual(['county-12']);
    });
  });

  describe('timeline and sources', () => {
    it("has Integrationsverket's closure: last day 2007-06-30, the network changes on 2007-07-01", async () => {
      const timeline = await fetchTimeline(live.test.database);
      expect(timeline.events).toContainEqual(
        expect.objectContaining({ nodeId: 'integrationsverket', change: 'ends', factDate: '2007-06-30', date: '2007-07-01', kind: 'Agency' }),
      );
      const dates = timeline.events.map((event) => event.date);
      expect(dates).toEqual([...dates].sort());
      expect(timeline.first).toBe(dates[0]);
    });

    it('resolves a fact\'s source to its readable citation through GraphQL', async () => {
      const response = await live.app.apollo.executeOperation<{ node: { provenance: { locator: string; source: { title: string; citation: string } } } }>(
        { query: 'query { node(id: "integrationsverket") { provenance { locator source { title citation } } } }' },
        { contextValue: { database: live.test.database } },
      );
      assert(response.body.kind === 'single');
      expect(response.body.singleResult.errors).toBeUndefined();
      const source = response.body.singleResult.data?.node.provenance.source;
      expect(source?.citation).toMatch(/^SOU 2007:104\. Samverkan för lokal utveckling/);
      expect(source?.title).toMatch(/^Samverkan för lokal utveckling/);
    });
  });
});
