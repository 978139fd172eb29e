import type { Core } from 'cytoscape';
import { useMessages } from '../../core/i18n/useLanguage';
import { componentMessages } from '../messages';
import { fitAll, zoomBy, zoomStep } from './viewport';

/** Zoom in, zoom out and fit, as buttons over the graph's corner: the mouse-free way to change the view. */
export function ZoomControls({ cy }: { cy: Core }) {
  const { t } = useMessages(componentMessages);
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoomControls')}>
      <button type="button" onClick={() => zoomBy(cy, zoomStep)} aria-label={t('zoomIn')} title={t('zoomIn')} data-testid="zoom-in">
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" onClick={() => zoomBy(cy, 1 / zoomStep)} aria-label={t('zoomOut')} title={t('zoomOut')} data-testid="zoom-out">
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={() => fitAll(cy)} aria-label={t('zoomFit')} title={t('zoomFit')} data-testid="zoom-fit">
        <span aria-hidden="true">⤢</span>
      </button>
    </div>
  );
}
