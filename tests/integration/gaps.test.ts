import type { Database, NamedTransaction } from '../../server/src/db/database';
import { createApp, type App } from '../../server/src/app';
import { toNeo4jDate } from '../../server/src/db/mappers';
import type { ExpectedPair, GapReport, SiloReport, WhatIf } from '../../server/src/graphql/generated/resolvers';
import { suggestionStandings } from '../../server/src/gaps/suggestions/suggestions';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

type Cells = Record<string, string>;

interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const provenance = { evidence: 'documented', source: 'sou-2007-104', locator: 'lines 896-898' };

function dated(cells: Cells): Record<string, unknown> {
  const { validFrom, validTo, ...rest } = cells;
  return {
    ...provenance,
    ...rest,
    ...(validFrom === undefined ? {} : { validFrom: toNeo4jDate(validFrom) }),
    ...(validTo === undefined ? {} : { validTo: toNeo4jDate(validTo) }),
  };
}

/** Writes a small hand-built graph through the loader's own statements, in one transaction. */
async function writeGraph(database: Database, graph: { nodes?: Cells[]; links?: Cells[]; rules?: Cells[] }): Promise<void> {
  await database.write(async (tx) => {
    const nodes = (graph.nodes ?? []).map((cells) => ({ id: cells['id'], properties: dated({ name: cells['id'] ?? '', ...cells }) }));
    await tx.run('seed/merge-nodes', { nodes });
    await tx.run('entities/apply-kind-labels', { ids: nodes.map((node) => node.id) });
    const links = (graph.links ?? []).map(({ type, from, to, ...cells }) => ({ id: cells['id'], type, from, to, properties: dated(cells) }));
    await tx.run('seed/merge-links', { links });
    const rules = (graph.rules ?? []).map(({ partner, goalArea, ...cells }) => ({ id: cells['id'], partner, goalArea, properties: dated(cells) }));
    await tx.run('seed/merge-rules', { rules });
  });
}

/** Counts the statements each unit of work runs, to hold every analysis to one round trip. */
function counting(database: Database): { database: Database; statements: () => number } {
  let statements = 0;
  const wrap = (tx: NamedTransaction): NamedTransaction => ({
    run: (name, parameters) => {
      statements += 1;
      return tx.run(name, parameters);
    },
    afterCommit: (effect) => tx.afterCommit(effect),
  });
  return {
    database: { ...database, read: (work) => database.read((tx) => work(wrap(tx))), write: (work) => database.write((tx) => work(wrap(tx))) },
    statements: () => statements,
  };
}

const pairFields = `
  id status servingUnitFound
  rule { id subject partnerScope partner { id } goalArea { id } provenance { evidence sourceId locator inferred } }
  subjectBasis { agreement { id kind } provenance { evidence sourceId locator inferred } }
  municipality { id } county { id } partner { id } target { id kind }
  links { id }
  viaBodies { id }
`;

const suggestionFields = `
  rank kind body { id } partiesToAdd { actor { id } admitted } admitsAll addressesGoalArea alsoCloses
  reason {
    standing strength recordedParties
    municipalityMembership { since provenance { sourceId locator } }
    form { admits partyTypes law }
  }
`;

const gapsQuery = `query Gaps($asOf: Date, $filter: GapFilter, $limit: Int) {
  gaps(asOf: $asOf, filter: $filter) {
    asOf asOfBasis
    counts { linked indirect missing total }
    byCounty { about { id } counts { missing } }
    pairs { ${pairFields} suggestions(limit: $limit) { ${suggestionFields} } }
  }
}`;

const silosQuery = `query Silos($asOf: Date, $filter: SiloFilter) {
  silos(asOf: $asOf, filter: $filter) {
    asOf
    counts { actors oneAgencyAtATime stovepipe twoPartyBody }
    actors { actor { id } partners bilateralOnlyShare partnerDensity effectiveSize constraint flags ties { partner { id } bodies { id } bilateralOnly } }
    bodies { body { id } parties { id } flags }
  }
}`;

const whatIfQuery = `query WhatIf($asOf: Date, $changes: WhatIfChanges!) {
  whatIf(asOf: $asOf, changes: $changes) {
    before { pairs { missing indirect } silos { oneAgencyAtATime } }
    after { pairs { missing indirect } silos { oneAgencyAtATime } }
    changedPairs { before pair { id status viaBodies { id } } }
    changedActors { before { actor { id } flags } after { flags } }
  }
}`;

describe('the gap and silo analyses through Cypher and GraphQL', () => {
  let test: TestDatabase;
  let app: App;
  let statements: () => number;
  let countedDatabase: Database;
  let p: string;

  async function run(query: string, variables: Record<string, unknown>): Promise<OperationResult> {
    const response = await app.apollo.executeOperation({ query, variables }, { contextValue: { database: countedDatabase } });
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    return response.body.singleResult as OperationResult;
  }

  /** The one root field an operation asked for, or the errors it answered with. */
  async function field(query: string, name: string, variables: Record<string, unknown>): Promise<unknown> {
    const result = await run(query, variables);
    const value = result.data?.[name];
    if (value === undefined || value === null) throw new Error(JSON.stringify(result.errors));
    return value;
  }

  const gaps = async (variables: Record<string, unknown>) => (await field(gapsQuery, 'gaps', variables)) as GapReport;

  beforeAll(async () => {
    test = openTestDatabase();
    p = test.idPrefix;
    const counted = counting(test.database);
    statements = counted.statements;
    countedDatabase = counted.database;
    app = await createApp({ database: counted.database, production: false });
    // One county with a municipality under a local development agreement in 2007, two more that only
    // cooperate, agencies, a unit of AMS serving the county, a Finsam association and a regional partnership.
    await writeGraph(test.database, {
      nodes: [
        { id: `${p}county`, kind: 'County' },
        { id: `${p}county-council`, kind: 'CountyCouncil' },
        ...['m1', 'm2', 'm3'].map((m) => ({ id: `${p}${m}`, kind: 'Municipality' })),
        { id: `${p}lua`, kind: 'Agreement', agreementType: 'localDevelopmentAgreement', validFrom: '2007-01-01', validTo: '2007-12-31' },
        ...['a1', 'a2', 'a3', 'a4', 'a5'].map((a) => ({ id: `${p}${a}`, kind: 'Agency' })),
        { id: `${p}labour-board`, kind: 'AgencyUnit' },
        { id: `${p}finsam`, kind: 'Body', bodyType: 'finsamAssociation' },
        { id: `${p}partnership`, kind: 'Body', bodyType: 'regionalPartnership' },
        { id: `${p}triangle`, kind: 'Body', bodyType: 'localCooperation' },
      ],
      links: [
        ...['county-council', 'm1', 'm2', 'm3'].map((from) => ({ id: `${p}located-${from}`, type: 'LOCATED_IN', from: `${p}${from}`, to: `${p}county` })),
        { id: `${p}party-m1`, type: 'PARTY_TO', from: `${p}m1`, to: `${p}lua` },
        { id: `${p}unit-of-ams`, type: 'UNIT_OF', from: `${p}labour-board`, to: 'ams' },
        { id: `${p}serves-county`, type: 'SERVES', from: `${p}labour-board`, to: `${p}county` },
        // Signed after the date the gap is analysed at.
        { id: `${p}late`, type: 'COOPERATES_WITH', from: `${p}m1`, to: `${p}a1`, validFrom: '2007-09-01' },
        ...['m1', 'county-council'].map((from) => ({ id: `${p}member-finsam-${from}`, type: 'MEMBER_OF', from: `${p}${from}`, to: `${p}finsam` })),
        { id: `${p}member-finsam-fk`, type: 'MEMBER_OF', from: 'forsakringskassan', to: `${p}finsam` },
        { id: `${p}finsam-employment`, type: 'ADDRESSES', from: `${p}finsam`, to: 'goal-employment' },
        { id: `${p}partnership-covers`, type: 'COVERS', from: `${p}partnership`, to: `${p}county` },
        // A star of bilateral ties around m2; a triangle through a shared body around m3.
        ...['a1', 'a2', 'a3'].map((a) => ({ id: `${p}star-${a}`, type: 'COOPERATES_WITH', from: `${p}m2`, to: `${p}${a}` })),
        ...['m3', 'a4', 'a5'].map((from) => ({ id: `${p}member-triangle-${from}`, type: 'MEMBER_OF', from: `${p}${from}`, to: `${p}triangle` })),
      ],
      rules: [
        { id: `${p}rule-a1`, subject: 'luaMunicipalities', partner: `${p}a1`, partnerId: `${p}a1`, partnerScope: 'agency', goalArea: 'goal-school', goalAreaId: 'goal-school' },
        { id: `${p}rule-labour`, subject: 'luaMunicipalities', partner: 'ams', partnerId: 'ams', partnerScope: 'servingUnit', goalArea: 'goal-employment', goalAreaId: 'goal-employment' },
      ],
    });
  });
  afterAll(async () => {
    await app.stop();
    await test.close();
  });

  /** This test's rules on its own municipality: the seed's municipalities are subjects of these rules too. */
  const ownRules = () => ({ ruleIds: [`${p}rule-a1`, `${p}rule-labour`], municipalityIds: [`${p}m1`] });
  const pairById = (report: GapReport, id: string): ExpectedPair => {
    const pair = report.pairs.find((candidate) => candidate.id === id);
    if (pair === undefined) throw new Error(`No pair ${id} in ${report.pairs.map((candidate) => candidate.id).join(', ')}`);
    return pair;
  };

  it('keeps a gap whose link is dated after the as-of date, and counts it linked from that date', async () => {
    const id = `${p}rule-a1/${p}m1/${p}a1`;
    const before = pairById(await gaps({ asOf: '2007-06-30', filter: ownRules() }), id);
    expect(before).toMatchObject({ status: 'missing', links: [], target: { id: `${p}a1`, kind: 'Agency' } });
    expect(before.rule).toEqual({
      id: `${p}rule-a1`,
      subject: 'luaMunicipalities',
      partnerScope: 'agency',
      partner: { id: `${p}a1` },
      goalArea: { id: 'goal-school' },
      provenance: { evidence: 'documented', sourceId: 'sou-2007-104', locator: 'lines 896-898', inferred: null },
    });
    const after = pairById(await gaps({ asOf: '2007-10-01', filter: ownRules() }), id);
    expect(after).toMatchObject({ status: 'linked', links: [{ id: `${p}late` }] });
  });

  it('ranks first the Finsam association that already holds three of the four parties, naming the one to add', async () => {
    const report = await gaps({ asOf: '2007-06-30', filter: ownRules() });
    const pair = pairById(report, `${p}rule-labour/${p}m1/ams`);
    expect(pair).toMatchObject({ status: 'missing', servingUnitFound: true, target: { id: `${p}labour-board` }, county: { id: `${p}county` } });
    // The seed's own AMS rule expects the same serving unit of m1, so the same addition closes it too.
    const alsoCloses = [`rule-lua-ams-employment/${p}m1/ams`];
    expect(pair.suggestions).toEqual([
      {
        rank: 1,
        kind: 'existingBody',
        body: { id: `${p}finsam` },
        partiesToAdd: [{ actor: { id: `${p}labour-board` }, admitted: true }],
        admitsAll: true,
        addressesGoalArea: true,
        alsoCloses,
        reason: {
          standing: 'completesBody',
          strength: 'strong',
          municipalityMembership: { since: null, provenance: { sourceId: 'sou-2007-104', locator: 'lines 896-898' } },
          recordedParties: 3,
          form: { admits: 'fixed', partyTypes: ['municipality', 'countyCouncil', 'employmentService', 'socialInsurance'], law: 'SFS 2003:1210, 3 § (in the wording of SFS 2004:793)' },
        },
      },
      {
        rank: 2,
        kind: 'newBilateralLink',
        body: null,
        partiesToAdd: [],
        admitsAll: true,
        addressesGoalArea: true,
        alsoCloses,
        reason: { standing: 'newBilateralLink', strength: 'moderate', municipalityMembership: null, recordedParties: 0, form: null },
      },
      {
        rank: 3,
        kind: 'existingBody',
        body: { id: `${p}partnership` },
        partiesToAdd: [
          { actor: { id: `${p}m1` }, admitted: true },
          { actor: { id: `${p}labour-board` }, admitted: true },
        ],
        admitsAll: true,
        addressesGoalArea: false,
        alsoCloses,
        reason: { standing: 'noRecordedParties', strength: 'weak', municipalityMembership: null, recordedParties: 0, form: { admits: 'open', partyTypes: [], law: null } },
      },
    ]);
    expect(report.counts).toEqual({ linked: 0, indirect: 0, missing: 2, total: 2 });
    expect(report.byCounty).toEqual([{ about: { id: `${p}county` }, counts: { missing: 2 } }]);
    const limited = await gaps({ asOf: '2007-06-30', filter: { ...ownRules(), statuses: ['missing'] }, limit: 1 });
    expect(pairById(limited, pair.id).suggestions.map((suggestion) => suggestion.body?.id)).toEqual([`${p}finsam`]);
    // Cut short, the list keeps the bilateral link in its last place.
    const two = await gaps({ asOf: '2007-06-30', filter: { ...ownRules(), statuses: ['missing'] }, limit: 2 });
    expect(pairById(two, pair.id).suggestions.map((suggestion) => suggestion.kind)).toEqual(['existingBody', 'newBilateralLink']);
  });

  it('changes the result when a rule is added as data, without code', async () => {
    const filter = { municipalityIds: [`${p}m1`] };
    const before = await gaps({ asOf: '2007-06-30', filter });
    await writeGraph(test.database, {
      rules: [{ id: `${p}rule-a2`, subject: 'luaMunicipalities', partner: `${p}a2`, partnerId: `${p}a2`, partnerScope: 'agency', goalArea: 'goal-school', goalAreaId: 'goal-school' }],
    });
    const after = await gaps({ asOf: '2007-06-30', filter });
    expect(after.counts.total).toBe(before.counts.total + 1);
    expect(pairById(after, `${p}rule-a2/${p}m1/${p}a2`).status).toBe('missing');
  });

  it('finds the silo star and not the triangle, with Burt\'s measures', async () => {
    const report = (await field(silosQuery, 'silos', { asOf: '2007-06-30', filter: { countyIds: [`${p}county`] } })) as SiloReport;
    const actor = (id: string) => report.actors.find((silo) => silo.actor.id === id);
    expect(actor(`${p}m2`)).toMatchObject({ partners: 3, bilateralOnlyShare: 1, partnerDensity: 0, effectiveSize: 3, flags: ['oneAgencyAtATime'] });
    expect(actor(`${p}m2`)?.constraint).toBeCloseTo(1 / 3, 10);
    expect(actor(`${p}m3`)).toMatchObject({ partners: 2, bilateralOnlyShare: 0, partnerDensity: 1, effectiveSize: 1, flags: [] });
    expect(actor(`${p}m3`)?.ties).toEqual([
      { partner: { id: `${p}a4` }, bodies: [{ id: `${p}triangle` }], bilateralOnly: false },
      { partner: { id: `${p}a5` }, bodies: [{ id: `${p}triangle` }], bilateralOnly: false },
    ]);
    expect(report.bodies.find((body) => body.body.id === `${p}triangle`)?.flags).toEqual([]);
    expect(report.counts.oneAgencyAtATime).toBe(1);
  });

  it('previews a party added to a body without writing it', async () => {
    const changes = { addMemberships: [{ actorId: `${p}labour-board`, bodyId: `${p}finsam` }] };
    const preview = (await field(whatIfQuery, 'whatIf', { asOf: '2007-06-30', changes })) as WhatIf;
    const changed = preview.changedPairs.find((change) => change.pair.id === `${p}rule-labour/${p}m1/ams`);
    expect(changed).toEqual({ before: 'missing', pair: { id: `${p}rule-labour/${p}m1/ams`, status: 'indirect', viaBodies: [{ id: `${p}finsam` }] } });
    // Two pairs close: this test's rule and the seed's AMS rule, which expects the same unit.
    expect(preview.after.pairs.missing).toBe(preview.before.pairs.missing - 2);
    const again = await gaps({ asOf: '2007-06-30', filter: ownRules() });
    expect(pairById(again, `${p}rule-labour/${p}m1/ams`).status).toBe('missing');
  });

  it('refuses a preview that names a body not there at the date, naming the field', async () => {
    const changes = { addMemberships: [{ actorId: `${p}m1`, bodyId: `${p}nowhere` }] };
    const result = await run(whatIfQuery, { asOf: '2007-06-30', changes });
    expect(result.errors?.[0]).toMatchObject({
      message: `changes.addMemberships[0].bodyId: no body with id "${p}nowhere" exists on 2007-06-30.`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers every operation with one statement', async () => {
    const variables = { asOf: '2007-06-30' };
    for (const [query, extra] of [
      [gapsQuery, {}],
      [silosQuery, {}],
      [whatIfQuery, { changes: { addLinks: [{ fromId: `${p}m1`, toId: `${p}a2` }] } }],
    ] as const) {
      const before = statements();
      const result = await run(query, { ...variables, ...extra });
      expect(result.errors).toBeUndefined();
      expect(statements() - before).toBe(1);
    }
  });

  describe('on the seed data', () => {
    it('evaluates the five rules for each of the 18 municipalities with a local development agreement in 2007', async () => {
      const report = await gaps({ asOf: '2007-06-30' });
      const seedPairs = report.pairs.filter((pair) => !pair.id.includes(p));
      expect(new Set(seedPairs.map((pair) => pair.municipality.id)).size).toBe(18);
      expect(new Set(seedPairs.map((pair) => pair.rule.id)).size).toBe(5);
      expect(seedPairs).toHaveLength(90);
    });

    it('does not top Borås\'s gaps with a programme area, lists the bilateral link for each and gives every suggestion a reason', async () => {
      const report = await gaps({ asOf: '2007-06-30', filter: { municipalityIds: ['municipality-1490'], statuses: ['missing'] }, limit: 20 });
      const seedPairs = report.pairs.filter((pair) => !pair.id.includes(p));
      // Borås sits in no body at the date: each gap is topped by the bilateral link, the bodies covering its county follow as weak options.
      const options = [
        ['link', 'newBilateralLink', 'moderate'],
        ['body-programme-area-vastsverige', 'fundingGeography', 'weak'],
        ['body-regional-partnership-vastra-gotaland', 'noRecordedParties', 'weak'],
      ];
      expect(seedPairs.map((pair) => [pair.target.id, pair.suggestions.map((suggestion) => [suggestion.body?.id ?? 'link', suggestion.reason.standing, suggestion.reason.strength])])).toEqual(
        ['forsakringskassan', 'county-labour-board-14', 'bra', 'police-authority-14', 'skolutveckling'].map((target) => [target, options]),
      );
      for (const suggestion of seedPairs.flatMap((pair) => pair.suggestions)) {
        expect(suggestionStandings).toContain(suggestion.reason.standing);
        expect(['strong', 'moderate', 'weak']).toContain(suggestion.reason.strength);
      }
      const programme = seedPairs[0]?.suggestions.find((suggestion) => suggestion.body?.id === 'body-programme-area-vastsverige');
      expect(programme?.reason).toMatchObject({ recordedParties: 0, municipalityMembership: null, form: { admits: 'open', law: null } });
    });

    it('finds Landskrona linked to its serving units and Försäkringskassan, each through its documented link', async () => {
      const rules = ['rule-lua-ams-employment', 'rule-lua-forsakringskassan-employment', 'rule-lua-polisen-local-development'];
      const report = await gaps({ asOf: '2007-06-30', filter: { ruleIds: rules, municipalityIds: ['municipality-1282'] } });
      expect(report.pairs.map((pair) => [pair.target.id, pair.status, pair.links.map((link) => link.id)])).toEqual([
        ['forsakringskassan', 'linked', ['coop-landskrona-forsakringskassan']],
        ['county-labour-board-12', 'linked', ['coop-landskrona-county-labour-board-12']],
        ['police-authority-12', 'linked', ['coop-landskrona-police-authority-12']],
      ]);
    });

    it('says how strong each rule is and which agreement, how well known, puts the municipality under the rules', async () => {
      const report = await gaps({ asOf: '2007-06-30', filter: { municipalityIds: ['municipality-0182'] } });
      const seedPairs = report.pairs.filter((pair) => !pair.id.includes(p));
      const byRule = new Map(seedPairs.map((pair) => [pair.rule.id, pair]));
      expect([...byRule.keys()].sort()).toEqual([
        'rule-lua-ams-employment',
        'rule-lua-bra-local-development',
        'rule-lua-forsakringskassan-employment',
        'rule-lua-polisen-local-development',
        'rule-lua-skolutveckling-school',
      ]);
      expect(byRule.get('rule-lua-bra-local-development')?.rule.provenance).toMatchObject({ evidence: 'general', inferred: ['expectation', 'assignedGoalArea'] });
      expect(byRule.get('rule-lua-skolutveckling-school')?.rule.provenance).toMatchObject({ evidence: 'documented', inferred: ['assignedGoalArea'] });
      for (const pair of seedPairs) {
        expect(pair.subjectBasis).toEqual({
          agreement: { id: 'lua-nacka', kind: 'Agreement' },
          provenance: { evidence: 'general', sourceId: 'sou-2007-104', locator: 'lines 1730-1741; lines 1690-1691; lines 296, 312-315', inferred: ['intention'] },
        });
      }
    });

    it('has no expected pairs once the 2007 agreements have ended, and without a date uses the last day they held, everywhere', async () => {
      const seedOnly = (report: GapReport) => report.pairs.filter((pair) => !pair.id.includes(p));
      expect(seedOnly(await gaps({ asOf: '2008-06-30' }))).toEqual([]);
      const byDefault = await gaps({});
      expect([byDefault.asOf, byDefault.asOfBasis]).toEqual(['2007-12-31', 'latestRuleDay']);
      expect(seedOnly(byDefault)).toHaveLength(90);
      const silos = (await field('{ silos { asOf asOfBasis } }', 'silos', {})) as SiloReport;
      const preview = (await field('query W($changes: WhatIfChanges!) { whatIf(changes: $changes) { asOf asOfBasis } }', 'whatIf', {
        changes: { addLinks: [{ fromId: 'municipality-1490', toId: 'bra' }] },
      })) as WhatIf;
      for (const report of [silos, preview]) expect([report.asOf, report.asOfBasis]).toEqual(['2007-12-31', 'latestRuleDay']);
      expect((await gaps({ asOf: '2007-06-30' })).asOfBasis).toBe('chosen');
    });
  });
});
