import type { ElementDefinition } from 'cytoscape';
import type { SilosQuery } from '../../graphql/generated/graphql';

export type ActorSiloRow = SilosQuery['silos']['actors'][number];
export type BodySiloRow = SilosQuery['silos']['bodies'][number];

/**
 * The cooperation graph of the shown actors: a node per actor (its flag, if any, for highlighting) and
 * one edge per tie, marked when the tie is one-to-one only. Partners outside the selection are drawn
 * too, so every tie has both ends.
 */
export function toSiloElements(actors: readonly ActorSiloRow[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  for (const silo of actors) {
    nodes.set(silo.actor.id, {
      group: 'nodes',
      data: { id: silo.actor.id, label: silo.actor.name, kind: silo.actor.kind, evidence: 'documented', flag: silo.flags[0] ?? '' },
    });
  }
  const edges = new Map<string, ElementDefinition>();
  for (const silo of actors) {
    for (const tie of silo.ties) {
      if (!nodes.has(tie.partner.id)) {
        nodes.set(tie.partner.id, { group: 'nodes', data: { id: tie.partner.id, label: tie.partner.name, kind: tie.partner.kind, evidence: 'documented', flag: '' } });
      }
      const [a, b] = [silo.actor.id, tie.partner.id].sort() as [string, string];
      const id = `tie:${a}|${b}`;
      const oneToOne = tie.bilateralOnly || edges.get(id)?.data['oneToOne'] === 'yes';
      edges.set(id, { group: 'edges', data: { id, source: a, target: b, type: 'SILO_TIE', oneToOne: oneToOne ? 'yes' : 'no' } });
    }
  }
  return [...nodes.values(), ...edges.values()];
}
