import type { NodeKind } from '../kinds';
import type { CooperationIndex } from './cooperationState';

/** An actor, body, county or goal area of the analysed network, by id, kind and name (the API's `AnalysisRef`). */
export interface AnalysisRef {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn: string | null;
}

/** Names an actor, body, county or goal area of the cooperation state for the API. */
export function refOf(index: CooperationIndex, id: string): AnalysisRef {
  const actor = index.actors.get(id);
  if (actor !== undefined) return { id, kind: actor.kind, name: actor.name, nameEn: null };
  const body = index.bodies.get(id);
  if (body !== undefined) return { id, kind: 'Body', name: body.name, nameEn: null };
  const county = index.counties.get(id);
  if (county !== undefined) return { id, kind: 'County', name: county.name, nameEn: null };
  const goalArea = index.goalAreas.get(id);
  if (goalArea !== undefined) return { id, kind: 'GoalArea', name: goalArea.name, nameEn: goalArea.nameEn };
  throw new Error(`${id} is not in the analysed network`);
}
