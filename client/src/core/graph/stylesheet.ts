import type { StylesheetJson } from 'cytoscape';
import { kindStyle, relationshipStyle } from './kindStyle';

const kindRules: StylesheetJson = Object.entries(kindStyle).map(([kind, style]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { 'background-color': style.color, shape: style.shape as 'ellipse', width: style.size, height: style.size },
}));

const relationshipRules: StylesheetJson = Object.entries(relationshipStyle).map(([type, style]) => ({
  selector: `edge[type = "${type}"]`,
  style: { 'line-color': style.color, 'line-style': style.lineStyle, width: style.width, 'target-arrow-color': style.color },
}));

export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#222',
      'border-width': 1,
      'border-color': '#333',
      'text-max-width': '110px',
      'text-wrap': 'ellipsis',
      'min-zoomed-font-size': 7,
    },
  },
  ...kindRules,
  { selector: 'node[evidence = "proposed"]', style: { 'border-style': 'dashed', opacity: 0.7 } },
  { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.6, opacity: 0.8 } },
  ...relationshipRules,
  { selector: 'edge[evidence = "proposed"]', style: { 'line-style': 'dashed', opacity: 0.5 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000', 'z-index': 10 } },
];
