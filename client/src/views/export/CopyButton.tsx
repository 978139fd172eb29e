import { useEffect, useState } from 'react';
import { useMessages } from '../../core/i18n/useLanguage';
import { exportMessages } from './messages';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a text to the clipboard and says so beside the button for a few seconds. */
export function CopyButton({ text, testId }: { text: string; testId: string }) {
  const { t } = useMessages(exportMessages);
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span className="copy">
      <button type="button" data-testid={testId} onClick={copy}>
        {t('copy')}
      </button>{' '}
      <span className="copy-state" role="status" data-testid={`${testId}-state`} data-state={state}>
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
