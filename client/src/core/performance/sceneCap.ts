import type { Language } from '../i18n/messages';
import { sceneCap } from './thresholds';

export type SceneCheck =
  | { status: 'ok' }
  | { status: 'overCap'; nodes: number; edges: number; maxNodes: number; maxEdges: number };

/** Whether a scene is small enough to draw; past the cap nothing is drawn and the view asks for narrower filters. */
export function checkScene(nodes: number, edges: number, cap: { nodes: number; edges: number } = sceneCap): SceneCheck {
  if (nodes <= cap.nodes && edges <= cap.edges) return { status: 'ok' };
  return { status: 'overCap', nodes, edges, maxNodes: cap.nodes, maxEdges: cap.edges };
}

const numbers: Record<Language, Intl.NumberFormat> = { sv: new Intl.NumberFormat('sv-SE'), en: new Intl.NumberFormat('en-GB') };

/** The "refine your filters" message, in the UI's language. */
export function sceneCapMessage(check: Extract<SceneCheck, { status: 'overCap' }>, language: Language): string {
  const n = (value: number) => numbers[language].format(value);
  return language === 'sv'
    ? `Urvalet har ${n(check.nodes)} noder och ${n(check.edges)} kopplingar – fler än vyn kan rita (högst ${n(check.maxNodes)} noder och ${n(check.maxEdges)} kopplingar). Begränsa urvalet med filtren, till exempel ett län, en typ eller ett datum.`
    : `The selection has ${n(check.nodes)} nodes and ${n(check.edges)} links – more than the view can draw (at most ${n(check.maxNodes)} nodes and ${n(check.maxEdges)} links). Refine your filters, for example to one county, one kind or one date.`;
}
