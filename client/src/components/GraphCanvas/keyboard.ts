import type { Core, NodeSingular } from 'cytoscape';
import type { KeyboardEvent } from 'react';
import { neighbourInDirection, type Direction } from '../../core/selection/neighbours';
import type { CanvasCommand } from './types';
import { fitAll, zoomBy, zoomStep } from './viewport';

const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const commands: Record<string, CanvasCommand> = { Enter: 'details', f: 'focus', h: 'hide', e: 'expand' };

function placed(node: NodeSingular) {
  return { id: node.id(), ...node.position() };
}

/** The drawn node nearest the middle of the view: where keyboard navigation starts. */
function nearestToCentre(cy: Core): string | null {
  const extent = cy.extent();
  const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const candidates = cy
    .nodes(':visible:childless')
    .map((node) => ({ id: node.id(), distance: Math.hypot(node.position('x') - middle.x, node.position('y') - middle.y) }))
    .sort((a, b) => a.distance - b.distance);
  return candidates[0]?.id ?? null;
}

/**
 * Keys on the focused graph: arrows move the selection to the neighbour that lies that way, Enter opens the
 * details, Escape clears, f/h/e focus, hide and expand, + and - zoom, 0 fits everything in view.
 */
export function handleCanvasKey(
  event: KeyboardEvent,
  cy: Core,
  selectedId: string | null,
  onSelect: (id: string | null) => void,
  onCommand?: (command: CanvasCommand) => void,
): void {
  const direction = arrows[event.key];
  if (direction !== undefined) {
    event.preventDefault();
    const selected = selectedId === null ? null : cy.getElementById(selectedId);
    if (selected === null || selected.empty() || selected.hasClass('hidden')) {
      onSelect(nearestToCentre(cy));
      return;
    }
    const neighbours = selected.neighborhood('node').not('.hidden').not('.county-group');
    const next = neighbourInDirection(placed(selected), neighbours.map(placed), direction);
    if (next !== null) onSelect(next);
    return;
  }
  if (event.key === 'Escape') {
    onSelect(null);
    return;
  }
  if (event.key === '+' || event.key === '=' || event.key === '-') {
    event.preventDefault();
    zoomBy(cy, event.key === '-' ? 1 / zoomStep : zoomStep);
    return;
  }
  if (event.key === '0') {
    fitAll(cy);
    return;
  }
  const command = commands[event.key];
  if (command !== undefined && selectedId !== null && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    onCommand?.(command);
  }
}
