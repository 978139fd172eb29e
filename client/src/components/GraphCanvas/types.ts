import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { LayoutPlan } from '../../core/layout/layoutPlan';

/** What keyboard users can ask of the selection besides moving it. */
export type CanvasCommand = 'details' | 'focus' | 'hide' | 'expand';

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onRendered?: (nodeCount: number) => void;
  /** Ids of what is drawn; the rest stays in the graph, hidden, and keeps its position. Left out: everything. */
  visibleIds?: ReadonlySet<string>;
  /**
   * How to lay the graph out; it runs again (animated) when `key` changes. Left out: every new set of elements
   * is laid out afresh with the force-directed layout.
   */
  layout?: { plan: LayoutPlan; key: string };
  /** Nodes and links to emphasise (the rest fades), e.g. the members of the body in the side panel. */
  highlightIds?: ReadonlySet<string>;
  /** The links to emphasise with `highlightIds`, e.g. the steps of a path; left out: every link between two highlighted nodes. */
  highlightEdgeIds?: ReadonlySet<string>;
  /** Moves the view to centre this node; a new `request` number asks again for the same node. */
  centreOn?: { id: string; request: number } | null;
  onEdgeSelect?: (id: string) => void;
  onCommand?: (command: CanvasCommand) => void;
  /** Draws the plain county outline under the graph (for the geographic layout). */
  showOutline?: boolean;
  label?: string;
  /** Texts for the canvas's own states, in the reader's language. */
  texts?: { loading: string; instructions: string };
  /** Style rules added after the shared stylesheet, e.g. the colours of a diff. */
  extraStyle?: StylesheetJson;
  /** Receives the renderer once it exists (and null when it goes), e.g. to export the drawing as an image. */
  onGraph?: (cy: Core | null) => void;
}
