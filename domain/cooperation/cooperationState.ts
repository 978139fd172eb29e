import { z } from 'zod';
import { actorKinds, datePrecisions, evidenceLevels } from '../kinds';

/**
 * The cooperation network on one date, as the analyses read it: actors, bodies with their parties,
 * bilateral links, counties and goal areas. Plain data, so the analyses are pure functions of it and
 * a what-if preview is the same analysis on a changed copy.
 */
const idList = z.array(z.string());

const actorSchema = z.object({
  id: z.string(),
  kind: z.enum(actorKinds),
  name: z.string(),
  /** The actor itself and every unit or agency it is a unit of, nearest first. */
  lineage: idList,
  /** Counties it lies in or serves. */
  countyIds: idList,
});

/** One actor's party-ship of a body: since when (null when no source dates it) and per which source. */
const membershipSchema = z.object({
  actorId: z.string(),
  since: z.string().nullable(),
  sincePrecision: z.enum(datePrecisions).nullable(),
  evidence: z.enum(evidenceLevels),
  source: z.string(),
  locator: z.string(),
});

const bodySchema = z.object({
  id: z.string(),
  name: z.string(),
  bodyType: z.string().nullable(),
  memberIds: idList,
  memberships: z.array(membershipSchema),
  goalAreaIds: idList,
  /** Municipalities it covers directly or through one of their districts. */
  coveredMunicipalityIds: idList,
  coveredCountyIds: idList,
});

const linkSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  goalAreaIds: idList,
  form: z.string().nullable(),
  evidence: z.enum(evidenceLevels),
  source: z.string(),
  locator: z.string(),
  note: z.string().nullable(),
});

const namedSchema = z.object({ id: z.string(), name: z.string() });
/** Goal areas are named in both languages in the graph. */
const goalAreaSchema = namedSchema.extend({ nameEn: z.string().nullable() });

export const snapshotSchema = z.object({
  actors: z.array(actorSchema),
  bodies: z.array(bodySchema),
  links: z.array(linkSchema),
  counties: z.array(namedSchema),
  goalAreas: z.array(goalAreaSchema),
});

export type ActorKind = (typeof actorKinds)[number];
export type SnapshotActor = z.infer<typeof actorSchema>;
export type SnapshotBody = z.infer<typeof bodySchema>;
export type SnapshotMembership = z.infer<typeof membershipSchema>;
export type SnapshotLink = z.infer<typeof linkSchema>;
export type NamedEntry = z.infer<typeof namedSchema>;
export type GoalAreaEntry = z.infer<typeof goalAreaSchema>;
export type CooperationSnapshot = z.infer<typeof snapshotSchema> & { asOf: string };

/** Lookups by id over a snapshot, built once per analysis. */
export interface SnapshotIndex {
  snapshot: CooperationSnapshot;
  actors: ReadonlyMap<string, SnapshotActor>;
  bodies: ReadonlyMap<string, SnapshotBody>;
  counties: ReadonlyMap<string, NamedEntry>;
  goalAreas: ReadonlyMap<string, GoalAreaEntry>;
  links: ReadonlyMap<string, SnapshotLink>;
  linksByActor: ReadonlyMap<string, SnapshotLink[]>;
  bodiesByMember: ReadonlyMap<string, SnapshotBody[]>;
}

function groupBy<T>(entries: T[], keysOf: (entry: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [entry]);
      else group.push(entry);
    }
  }
  return groups;
}

export function indexSnapshot(snapshot: CooperationSnapshot): SnapshotIndex {
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  return {
    snapshot,
    actors: byId(snapshot.actors),
    bodies: byId(snapshot.bodies),
    counties: byId(snapshot.counties),
    goalAreas: byId(snapshot.goalAreas),
    links: byId(snapshot.links),
    linksByActor: groupBy(snapshot.links, (link) => [link.from, link.to]),
    bodiesByMember: groupBy(snapshot.bodies, (body) => body.memberIds),
  };
}
