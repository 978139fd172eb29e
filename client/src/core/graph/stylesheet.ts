import type { StylesheetJson } from 'cytoscape';
import { kindStyle, relationshipStyle, tieStyle } from './kindStyle';

const kindRules: StylesheetJson = Object.entries(kindStyle).map(([kind, style]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { 'background-color': style.color, shape: style.shape, width: style.width ?? style.size, height: style.size },
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
      'text-background-color': '#fff',
      'text-background-opacity': 0.6,
      'text-background-padding': '1px',
    },
  },
  ...kindRules,
  { selector: 'node[evidence = "proposed"]', style: { 'border-style': 'dashed', 'border-width': 2, opacity: 0.75 } },
  { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.6, opacity: 0.8 } },
  ...relationshipRules,
  { selector: 'edge[evidence = "proposed"]', style: { 'line-style': 'dashed', opacity: 0.5 } },
  {
    selector: 'edge[type = "TIE"]',
    style: {
      'line-color': tieStyle.color,
      'line-style': tieStyle.lineStyle,
      width: `mapData(weight, 1, 5, ${tieStyle.minWidth}, ${tieStyle.maxWidth})`,
      'target-arrow-shape': 'none',
      'curve-style': 'straight',
    },
  },
  {
    selector: '.county-group',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f2f2f2',
      'background-opacity': 0.6,
      'border-style': 'dashed',
      'border-color': '#999',
      'border-width': 1,
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 12,
      'font-weight': 'bold',
      color: '#444',
      padding: '12px',
      'min-zoomed-font-size': 4,
    },
  },
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: 'node.highlighted', style: { 'underlay-color': '#0072B2', 'underlay-opacity': 0.25, 'underlay-padding': 6 } },
  { selector: 'edge.highlighted', style: { opacity: 1, width: 3 } },
  { selector: 'edge.neighbourhood', style: { opacity: 1, 'z-index': 9 } },
  { selector: 'node.neighbourhood', style: { 'font-weight': 'bold', 'z-index': 9 } },
  { selector: 'node:selected', style: { 'font-size': 12, 'font-weight': 'bold', 'text-background-opacity': 0.9, 'min-zoomed-font-size': 0, 'border-width': 4, 'border-color': '#000', 'z-index': 10, 'underlay-color': '#000', 'underlay-opacity': 0.15, 'underlay-padding': 8 } },
  { selector: 'edge:selected', style: { 'line-color': '#000', 'target-arrow-color': '#000', opacity: 1, 'z-index': 10 } },
  { selector: '.hidden', style: { display: 'none' } },
];
