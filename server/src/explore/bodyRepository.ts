import type { Database, NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toPlain, toPlainRecord } from '../db/mappers';
import type { BodyOverlap, BodyProfile, CoverageScope, CoveringBody, GraphNode, PlaceCoverage } from '../graphql/generated/resolvers';
import { toGraphNode } from '../network/toGraph';
import { expectedParties } from './expectedParties';
import { edgeOf, mapsOf, optionalTextOf, textOf, textsOf, validOn } from './rows';
import { sharedAreaIds, type CoveredArea } from './sharedAreas';

interface LoadedProfile {
  profile: BodyProfile;
  coveredAreas: CoveredArea[];
}

const placeKinds = new Set(['Municipality', 'County', 'District']);
const scopeOrder: CoverageScope[] = ['place', 'member', 'containing', 'within'];
const byName = (a: GraphNode, b: GraphNode) => a.name.localeCompare(b.name, 'sv');

function scopeOf(value: string | null): CoverageScope {
  const scope = scopeOrder.find((candidate) => candidate === value);
  if (scope === undefined) throw new Error(`Unknown coverage scope "${String(value)}" from the database`);
  return scope;
}

function propertyOf(node: GraphNode, key: string): string | null {
  return node.properties.find((property) => property.key === key)?.value ?? null;
}

async function loadProfiles(tx: NamedTransaction, ids: string[], asOf: string | null): Promise<Map<string, LoadedProfile>> {
  const result = await tx.run('explore/body-profiles', { ids, asOf });
  const loaded = result.records.map((record): LoadedProfile => {
    const body = toGraphNode(toPlainRecord(record.get('body')));
    const members = mapsOf(toPlain(record.get('members')))
      .map((member) => {
        const link = edgeOf(toPlainRecord(member['link']));
        return {
          node: toGraphNode(toPlainRecord(member['node'])),
          role: link.properties.find((property) => property.key === 'role')?.value ?? null,
          link,
          agencies: textsOf(member, 'agencies'),
        };
      })
      .sort((a, b) => byName(a.node, b.node));
    const areas = mapsOf(toPlain(record.get('areas'))).map((area) => ({
      node: toGraphNode(toPlainRecord(area['node'])),
      enclosing: textsOf(area, 'enclosing'),
    }));
    const goalAreas = mapsOf(toPlain(record.get('goalAreas'))).map(toGraphNode).sort(byName);
    const parties = expectedParties(
      propertyOf(body, 'bodyType'),
      members.map((member) => ({ id: member.node.id, kind: member.node.kind, agencies: member.agencies })),
    );
    return {
      profile: {
        body,
        validAtDate: validOn(body, asOf),
        members: members.map(({ node, role, link }) => ({ node, role, link })),
        areas: areas.map((area) => area.node).sort(byName),
        goalAreas,
        expectedParties: parties,
      },
      coveredAreas: areas.map((area) => ({ id: area.node.id, enclosing: area.enclosing })),
    };
  });
  return new Map(loaded.map((entry) => [entry.profile.body.id, entry]));
}

function required(profiles: Map<string, LoadedProfile>, id: string, field: string): LoadedProfile {
  const found = profiles.get(id);
  if (found === undefined) throw new AppError('NOT_FOUND', `${field}: no body or agreement has the id "${id}".`, { field });
  return found;
}

export async function fetchBodyMembers(database: Database, body: string, asOf: string | null): Promise<BodyProfile> {
  const profiles = await database.read((tx) => loadProfiles(tx, [body], asOf));
  return required(profiles, body, 'body').profile;
}

/** Bodies before agreements, then the closest coverage, then by name. */
function compareCovering(a: CoveringBody, b: CoveringBody): number {
  const kindRank = (entry: CoveringBody) => (entry.profile.body.kind === 'Body' ? 0 : 1);
  return kindRank(a) - kindRank(b) || scopeOrder.indexOf(a.scope) - scopeOrder.indexOf(b.scope) || byName(a.profile.body, b.profile.body);
}

export async function fetchBodiesCovering(database: Database, place: string, asOf: string | null): Promise<PlaceCoverage> {
  return database.read(async (tx) => {
    const record = (await tx.run('explore/bodies-covering', { place, asOf })).records[0];
    if (record === undefined) throw new AppError('NOT_FOUND', `place: no node has the id "${place}".`, { field: 'place' });
    const placeNode = toGraphNode(toPlainRecord(record.get('place')));
    if (!placeKinds.has(placeNode.kind)) {
      throw new AppError('BAD_USER_INPUT', `place: "${place}" is a ${placeNode.kind}; pick a municipality, county or district.`, { field: 'place' });
    }
    const coverage = mapsOf(toPlain(record.get('coverage')));
    const profiles = await loadProfiles(tx, [...new Set(coverage.map((entry) => textOf(entry, 'bodyId')))], asOf);
    const byBody = new Map<string, CoveringBody>();
    for (const entry of coverage) {
      const loaded = profiles.get(textOf(entry, 'bodyId'));
      if (loaded === undefined) continue;
      const scope = scopeOf(optionalTextOf(entry, 'scope'));
      const area = toGraphNode(toPlainRecord(entry['area']));
      const known = byBody.get(loaded.profile.body.id);
      if (known === undefined) {
        byBody.set(loaded.profile.body.id, { profile: loaded.profile, scope, via: [area] });
        continue;
      }
      if (!known.via.some((node) => node.id === area.id)) known.via.push(area);
      if (scopeOrder.indexOf(scope) < scopeOrder.indexOf(known.scope)) known.scope = scope;
    }
    return { asOf, place: placeNode, bodies: [...byBody.values()].sort(compareCovering) };
  });
}

export async function fetchBodyOverlap(database: Database, a: string, b: string, asOf: string | null): Promise<BodyOverlap> {
  const profiles = await database.read((tx) => loadProfiles(tx, [a, b], asOf));
  const first = required(profiles, a, 'a');
  const second = required(profiles, b, 'b');
  const membersOf = (profile: BodyProfile) => new Map(profile.members.map((member) => [member.node.id, member.node]));
  const aMembers = membersOf(first.profile);
  const bMembers = membersOf(second.profile);
  const areas = new Map([...first.profile.areas, ...second.profile.areas].map((node) => [node.id, node]));
  return {
    asOf,
    a: first.profile,
    b: second.profile,
    sharedMembers: [...aMembers.values()].filter((node) => bMembers.has(node.id)).sort(byName),
    onlyInA: [...aMembers.values()].filter((node) => !bMembers.has(node.id)).sort(byName),
    onlyInB: [...bMembers.values()].filter((node) => !aMembers.has(node.id)).sort(byName),
    sharedAreas: sharedAreaIds(first.coveredAreas, second.coveredAreas)
      .map((id) => areas.get(id))
      .filter((node): node is GraphNode => node !== undefined)
      .sort(byName),
  };
}
