import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../../core/i18n/useLanguage';
import { componentMessages } from '../messages';

export interface DrawerProps {
  id: string;
  /** Whether it is shown on a narrow screen; on a wide one it is always in place beside the graph. */
  open: boolean;
  onClose: () => void;
  /** Where it slides in from on a narrow screen: the left edge (filters) or the bottom (details, tables). */
  placement: 'start' | 'bottom';
  /** Its name, shown over it on a narrow screen and read out. */
  label: string;
  className: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A panel beside the graph that becomes a drawer on a narrow screen (styles.css, max-width 760px): out of the
 * way until its toggle opens it, with a close button, and closed again with Escape. The graph keeps the screen.
 */
export function Drawer({ id, open, onClose, placement, label, className, testId, children }: DrawerProps) {
  const { t } = useMessages(componentMessages);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Opened, it takes the focus (its close button is shown on narrow screens only, so a wide one is left alone) and
  // Escape closes it, giving the focus back to its toggle.
  useEffect(() => {
    if (!open) return undefined;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || closeButton.current?.offsetParent === null) return;
      event.stopPropagation();
      onClose();
      document.querySelector<HTMLElement>(`[aria-controls="${id}"]`)?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open, onClose, id]);
  return (
    <section id={id} className={`${className} drawer drawer-${placement}`} data-open={open} aria-label={label} data-testid={testId}>
      <div className="drawer-head">
        <span>{label}</span>
        <button
          ref={closeButton}
          type="button"
          className="drawer-close"
          onClick={onClose}
          aria-label={`${t('closeDrawer')}: ${label}`}
          data-testid={testId === undefined ? undefined : `${testId}-close`}
        >
          ×
        </button>
      </div>
      {children}
    </section>
  );
}

export interface DrawerToggleProps {
  controls: string;
  open: boolean;
  onToggle: () => void;
  testId?: string;
  children: ReactNode;
}

/** The button that opens and closes a drawer; shown on narrow screens only, where the drawer is out of sight. */
export function DrawerToggle({ controls, open, onToggle, testId, children }: DrawerToggleProps) {
  return (
    <button type="button" className="drawer-toggle" aria-controls={controls} aria-expanded={open} onClick={onToggle} data-testid={testId}>
      {children}
    </button>
  );
}
