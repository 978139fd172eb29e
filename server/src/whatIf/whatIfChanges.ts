import { AppError } from '../db/errors';
import type { WhatIfChanges } from '../graphql/generated/resolvers';
import type { CooperationState, CooperationLink } from '../../../domain/cooperation/cooperationState';

/** A preview is computed in memory; this bounds the work one request can ask for. */
export const maxWhatIfChanges = 50;

function badInput(field: string, reason: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${reason}`, { field });
}

/**
 * The cooperation state as it would be with the tentative memberships and links: a changed copy, checked
 * against the network on the same date, so a preview can never refer to something that is not there.
 */
export function applyChanges(cooperation: CooperationState, changes: WhatIfChanges): CooperationState {
  const memberships = changes.addMemberships ?? [];
  const links = changes.addLinks ?? [];
  if (memberships.length + links.length === 0) throw badInput('changes', 'name at least one membership or link to add.');
  if (memberships.length + links.length > maxWhatIfChanges) {
    throw badInput('changes', `at most ${maxWhatIfChanges} changes can be previewed at once.`);
  }
  const actorIds = new Set(cooperation.actors.map((actor) => actor.id));
  const goalAreaIds = new Set(cooperation.goalAreas.map((goalArea) => goalArea.id));
  const requireActor = (field: string, id: string) => {
    if (!actorIds.has(id)) throw badInput(field, `no actor with id "${id}" exists on ${cooperation.asOf}.`);
  };

  const requireGoalAreas = (field: string, ids: readonly string[]) => {
    const unknown = ids.find((id) => !goalAreaIds.has(id));
    if (unknown !== undefined) throw badInput(field, `no goal area with id "${unknown}".`);
  };

  const bodies = cooperation.bodies.map((body) => ({
    ...body,
    memberIds: [...body.memberIds],
    memberships: [...body.memberships],
    goalAreaIds: [...body.goalAreaIds],
  }));
  memberships.forEach(({ actorId, bodyId, goalAreaIds: goals }, position) => {
    const field = `changes.addMemberships[${position}]`;
    requireActor(`${field}.actorId`, actorId);
    const body = bodies.find((candidate) => candidate.id === bodyId);
    if (body === undefined) throw badInput(`${field}.bodyId`, `no body with id "${bodyId}" exists on ${cooperation.asOf}.`);
    if (body.memberIds.includes(actorId)) throw badInput(field, `"${actorId}" is already a party to "${bodyId}".`);
    requireGoalAreas(`${field}.goalAreaIds`, goals ?? []);
    body.memberIds.push(actorId);
    body.memberships.push({ actorId, since: null, sincePrecision: null, evidence: 'proposed', source: 'what-if', locator: field });
    body.goalAreaIds.push(...(goals ?? []).filter((id) => !body.goalAreaIds.includes(id)));
  });

  const added: CooperationLink[] = links.map(({ fromId, toId, goalAreaIds: goals }, position) => {
    const field = `changes.addLinks[${position}]`;
    requireActor(`${field}.fromId`, fromId);
    requireActor(`${field}.toId`, toId);
    if (fromId === toId) throw badInput(field, 'a link needs two different actors.');
    requireGoalAreas(`${field}.goalAreaIds`, goals ?? []);
    return {
      id: `what-if-link-${position + 1}`,
      from: fromId,
      to: toId,
      goalAreaIds: goals ?? [],
      form: null,
      evidence: 'proposed',
      source: 'what-if',
      locator: field,
      note: null,
    };
  });
  return { ...cooperation, bodies, links: [...cooperation.links, ...added] };
}
