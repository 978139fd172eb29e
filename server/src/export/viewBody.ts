import { z } from 'zod';
import { badParameter } from './parameters';
import type { NodeViz } from './types';

const nodeViz = z.strictObject({
  x: z.number(),
  y: z.number(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb').optional(),
  size: z.number().positive().optional(),
});

const viewBody = z.strictObject({ viz: z.strictObject({ nodes: z.record(z.string(), nodeViz) }).optional() });

/** The current view sent along with an export (positions, colours, sizes by node id); empty when none. */
export function parseView(body: unknown): Map<string, NodeViz> {
  if (body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0)) return new Map();
  const parsed = viewBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badParameter(['body', ...(issue?.path ?? []).map(String)].join('.'), issue?.message ?? 'not a view');
  }
  return new Map(Object.entries(parsed.data.viz?.nodes ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
}
