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

export const cooperationStateSchema = z.object({
  actors: z.array(actorSchema),
  bodies: z.array(bodySchema),
  links: z.array(linkSchema),
  counties: z.array(namedSchema),
  goalAreas: z.array(goalAreaSchema),
});

export type ActorKind = (typeof actorKinds)[number];
export type CooperationActor = z.infer<typeof actorSchema>;
export type CooperationBody = z.infer<typeof bodySchema>;
export type CooperationMembership = z.infer<typeof membershipSchema>;
export type CooperationLink = z.infer<typeof linkSchema>;
export type NamedEntry = z.infer<typeof namedSchema>;
export type GoalAreaEntry = z.infer<typeof goalAreaSchema>;
export type CooperationState = z.infer<typeof cooperationStateSchema> & { asOf: string };

/** Lookups by id over a cooperation state, built once per analysis. */
export interface CooperationIndex {
  cooperation: CooperationState;
  actors: ReadonlyMap<string, CooperationActor>;
  bodies: ReadonlyMap<string, CooperationBody>;
  counties: ReadonlyMap<string, NamedEntry>;
  goalAreas: ReadonlyMap<string, GoalAreaEntry>;
  links: ReadonlyMap<string, CooperationLink>;
  linksByActor: ReadonlyMap<string, CooperationLink[]>;
  bodiesByMember: ReadonlyMap<string, CooperationBody[]>;
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

export function indexCooperation(cooperation: CooperationState): CooperationIndex {
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  return {
    cooperation,
    actors: byId(cooperation.actors),
    bodies: byId(cooperation.bodies),
    counties: byId(cooperation.counties),
    goalAreas: byId(cooperation.goalAreas),
    links: byId(cooperation.links),
    linksByActor: groupBy(cooperation.links, (link) => [link.from, link.to]),
    bodiesByMember: groupBy(cooperation.bodies, (body) => body.memberIds),
  };
}
