import { useEffect, type RefObject } from 'react';

export interface MenuDismissOptions {
  /** Also close when the page scrolls or the canvas wheel-zooms (menus placed at a point). */
  onScroll?: boolean;
}

/**
 * Closes an open menu on Escape, on a press outside `ref`, and optionally on scroll.
 * Escape is taken before the canvas sees it (capture on window), so closing a menu does
 * not also clear the selection or break off the active tool.
 */
export function useMenuDismiss(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
  onDismiss: () => void,
  options: MenuDismissOptions = {},
): void {
  const { onScroll = false } = options;
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onDismiss();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onDismiss();
    };
    const onWheel = (event: Event) => {
      if (!ref.current?.contains(event.target as Node)) onDismiss();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onKeyDown, true);
    if (onScroll) {
      window.addEventListener('wheel', onWheel, true);
      window.addEventListener('scroll', onWheel, true);
    }
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('wheel', onWheel, true);
      window.removeEventListener('scroll', onWheel, true);
    };
  }, [ref, open, onDismiss, onScroll]);
}
