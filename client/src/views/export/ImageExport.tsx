import { useState } from 'react';
import { useMessages } from '../../core/i18n/useLanguage';
import { exportMessages } from './messages';

export interface ImageChoice {
  format: 'png' | 'svg';
  title: string;
  showDate: boolean;
  showLegend: boolean;
  background: boolean;
  scale: number;
}

interface ImageExportProps {
  defaultTitle: string;
  disabled: boolean;
  onExport: (choice: ImageChoice) => void;
}

const scales = [1, 2, 4];

/** The image of the drawn graph: title, date, legend and background are the reader's choice. */
export function ImageExport({ defaultTitle, disabled, onExport }: ImageExportProps) {
  const { t } = useMessages(exportMessages);
  const [title, setTitle] = useState<string | null>(null);
  const [showDate, setShowDate] = useState(true);
  const [showLegend, setShowLegend] = useState(true);
  const [background, setBackground] = useState(true);
  const [scale, setScale] = useState(2);
  const choice = (format: ImageChoice['format']): ImageChoice => ({ format, title: title ?? defaultTitle, showDate, showLegend, background, scale });
  return (
    <section className="export-images" aria-label={t('images')}>
      <h2>{t('images')}</h2>
      <label className="stacked">
        {t('title')}
        <input type="text" data-testid="image-title" value={title ?? defaultTitle} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={showDate} onChange={(event) => setShowDate(event.target.checked)} /> {t('showDate')}
      </label>
      <label>
        <input type="checkbox" data-testid="image-legend" checked={showLegend} onChange={(event) => setShowLegend(event.target.checked)} /> {t('showLegend')}
      </label>
      <label>
        <input type="checkbox" data-testid="image-background" checked={background} onChange={(event) => setBackground(event.target.checked)} /> {t('background')}
      </label>
      <label>
        {t('scale')}{' '}
        <select data-testid="image-scale" value={scale} onChange={(event) => setScale(Number(event.target.value))}>
          {scales.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
      <div className="export-buttons">
        <button type="button" disabled={disabled} data-testid="export-png" onClick={() => onExport(choice('png'))}>
          {t('png')}
        </button>
        <button type="button" disabled={disabled} data-testid="export-svg" onClick={() => onExport(choice('svg'))}>
          {t('svg')}
        </button>
      </div>
    </section>
  );
}
