import { useEffect, type RefObject } from 'react';

export interface DismissOptions {
  /** Also close when the page scrolls or the canvas wheel-zooms (menus placed at a point). */
  onScroll?: boolean;
}

/**
 * Closes an open popover or menu on Escape, on a press outside `ref`, and
 * optionally on scroll. Escape is taken before the canvas sees it (capture on
 * window), so closing a menu does not also clear the selection or break off
 * the active tool.
 */
export function useDismiss(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
  onDismiss: () => void,
  options: DismissOptions = {},
): void {
  const { onScroll = false } = options;
  useEffect(() => {
    if (!open) return undefined;
    const onOutside = (event: Event) => {
      if (!ref.current?.contains(event.target as Node)) onDismiss();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onDismiss();
    };
    const events = onScroll ? ['pointerdown', 'wheel', 'scroll'] : ['pointerdown'];
    for (const name of events) window.addEventListener(name, onOutside, true);
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      for (const name of events) window.removeEventListener(name, onOutside, true);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [ref, open, onDismiss, onScroll]);
}
