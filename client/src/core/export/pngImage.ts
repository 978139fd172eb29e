import type { Core } from 'cytoscape';
import { frame, layout, type ImageOptions } from './imageOptions';
import { outlineOf, traceOutline } from './nodeOutline';

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) reject(new Error('The image could not be drawn'));
      else resolve(blob);
    }, 'image/png');
  });
}

export function drawLegend(context: CanvasRenderingContext2D, options: ImageOptions, top: number, columns: number, scale: number) {
  context.font = `${11 * scale}px ${layout.fontFamily}`;
  (options.legend ?? []).forEach((entry, index) => {
    const x = (layout.margin + (index % columns) * layout.legendColumn) * scale;
    const y = top + Math.floor(index / columns) * layout.legendRow * scale;
    context.fillStyle = entry.color;
    context.strokeStyle = entry.color;
    if (entry.shape === null) {
      context.lineWidth = 3 * scale;
      context.setLineDash(entry.lineStyle === 'dotted' ? [2 * scale, 4 * scale] : entry.lineStyle === 'dashed' ? [6 * scale, 4 * scale] : []);
      context.beginPath();
      context.moveTo(x, y + 6 * scale);
      context.lineTo(x + 16 * scale, y + 6 * scale);
      context.stroke();
      context.setLineDash([]);
    } else {
      // The kind's own shape, as on the canvas and in the SVG's legend.
      traceOutline(context, outlineOf(entry.shape, 12 * scale, 12 * scale), x + 8 * scale, y + 6 * scale);
      context.fill();
      context.strokeStyle = '#333';
      context.lineWidth = scale;
      context.stroke();
    }
    context.fillStyle = '#222';
    context.fillText(entry.label, x + 22 * scale, y + 10 * scale);
  });
}

/** The drawn graph as a PNG from the renderer itself, at the given scale, framed with title, date and legend. */
export async function graphToPng(cy: Core, options: ImageOptions, scale: number): Promise<Blob> {
  const graph = await cy.png({ output: 'blob-promise', full: true, scale, ...(options.background ? { bg: '#ffffff' } : {}) });
  const picture = await createImageBitmap(graph);
  const { header, legendHeight, columns } = frame(options, Math.max(picture.width / scale, options.legend === null ? 0 : 600));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(picture.width, options.legend === null ? 0 : 600 * scale);
  canvas.height = Math.ceil(picture.height + (header + legendHeight) * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('The browser cannot draw images');
  if (options.background) {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  let line = layout.margin * scale;
  if (options.title !== '') {
    context.font = `bold ${layout.titleSize * scale}px ${layout.fontFamily}`;
    context.fillStyle = '#111';
    context.fillText(options.title, layout.margin * scale, line + layout.titleSize * scale * 0.8);
    line += (layout.titleSize + 8) * scale;
  }
  if (options.date !== '') {
    context.font = `${layout.dateSize * scale}px ${layout.fontFamily}`;
    context.fillStyle = '#444';
    context.fillText(options.date, layout.margin * scale, line + layout.dateSize * scale * 0.8);
  }
  context.drawImage(picture, 0, header * scale);
  if (options.legend !== null) drawLegend(context, options, picture.height + header * scale, columns, scale);
  return canvasBlob(canvas);
}
