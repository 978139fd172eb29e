import type { StylesheetJson } from 'cytoscape';

/** Colour-blind safe colours, and a line style per status as well, so colour is never the only cue. */
export const statusStyle = {
  missing: { color: '#D55E00', lineStyle: 'dashed' },
  indirect: { color: '#0072B2', lineStyle: 'dotted' },
  linked: { color: '#009E73', lineStyle: 'solid' },
} as const;

export const gapStyle: StylesheetJson = [
  ...Object.entries(statusStyle).map(([status, style]) => ({
    selector: `edge[status = "${status}"]`,
    style: {
      'line-color': style.color,
      'line-style': style.lineStyle,
      width: status === 'missing' ? 2.5 : 2,
      'target-arrow-shape': 'none' as const,
      'curve-style': 'bezier' as const,
      opacity: status === 'missing' ? 0.9 : 0.7,
    },
  })),
  { selector: 'edge[status = "missing"]', style: { 'line-dash-pattern': [8, 5] } },
];
