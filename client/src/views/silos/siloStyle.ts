import type { StylesheetJson } from 'cytoscape';

/** Flag colours, with a border style each too, so colour is never the only cue. */
export const flagStyle = {
  oneAgencyAtATime: { color: '#D55E00', borderStyle: 'solid' },
  stovepipe: { color: '#CC79A7', borderStyle: 'double' },
  twoPartyBody: { color: '#7F7F7F', borderStyle: 'dashed' },
} as const;

export const siloStyle: StylesheetJson = [
  { selector: 'edge[type = "SILO_TIE"]', style: { 'line-color': '#999', width: 1.2, 'target-arrow-shape': 'none', 'curve-style': 'straight', opacity: 0.6 } },
  { selector: 'edge[oneToOne = "yes"]', style: { 'line-color': '#D55E00', width: 3, opacity: 0.9 } },
  ...(['oneAgencyAtATime', 'stovepipe'] as const).map((flag) => ({
    selector: `node[flag = "${flag}"]`,
    style: {
      'border-width': 5,
      'border-color': flagStyle[flag].color,
      'border-style': flagStyle[flag].borderStyle,
      'underlay-color': flagStyle[flag].color,
      'underlay-opacity': 0.2,
      'underlay-padding': 6,
    },
  })),
];
