import { screenPoint, type PagePoint } from '@sketchroom/geometry';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { canRun, runAction, type Action } from '../actions/action.ts';
import { formatShortcut } from '../actions/shortcuts.ts';
import type { Editor } from '../editor/editor.ts';
import { useActions } from './actions-context.ts';
import { buildMenu, placeMenu, SEPARATOR, type Point } from './context-menu.ts';
import { menuAt, menuForKeyboard } from './context-menu-target.ts';
import { useDismiss } from '../ui/use-dismiss.ts';

interface OpenMenu {
  /** In the window's coordinates (the menu is fixed in <body>). */
  at: Point;
  /** The page point it was opened on, where Paste puts things. */
  page?: PagePoint;
  names: readonly string[];
  /** Opened from the keyboard: its first item takes focus (else the menu itself). */
  byKeyboard?: boolean;
}

interface Props {
  editor: Editor;
  /** The canvas element: its contextmenu events (right-click, long-press) open the menu. */
  canvas: RefObject<HTMLElement | null>;
}

/**
 * The right-click menu: registry actions for what was clicked (a shape, the canvas, a
 * locked shape), opened by right-click, a long press, Shift+F10 or the menu key.
 * Arrow keys move, Enter runs, Escape, a press outside or a scroll closes it.
 */
export function ContextMenu({ editor, canvas }: Props) {
  const actions = useActions();
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // A press that began before the menu opened (the long press itself) must not pick an
  // item: the click a finger's lift can send lands right where the menu appeared.
  const pressedInside = useRef(false);

  const close = useCallback(() => {
    setMenu(null);
    if (root.current?.contains(document.activeElement)) canvas.current?.focus();
  }, [canvas]);
  useDismiss(root, menu !== null, close, { onScroll: true });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      if (isEditable(event.target)) return;
      // Phones raise their own after a long press; ours (untrusted) already opened it.
      if (event.isTrusted && isTouch(event)) return;
      const rect = element.getBoundingClientRect();
      const on = screenPoint(event.clientX - rect.left, event.clientY - rect.top);
      const page = editor.screenToPage(on);
      setMenu({ at: { x: event.clientX, y: event.clientY }, page, names: menuAt(editor, page) });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const opens = (event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu';
      if (!opens || isEditable(event.target) || event.defaultPrevented) return;
      event.preventDefault();
      const { at, names } = menuForKeyboard(editor);
      const rect = element.getBoundingClientRect();
      setMenu({ at: { x: rect.left + at.x, y: rect.top + at.y }, names, byKeyboard: true });
    };
    element.addEventListener('contextmenu', onContextMenu);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, canvas]);

  // Measured once shown, then moved inside the view; the first enabled item takes focus.
  useLayoutEffect(() => {
    const element = root.current;
    if (!menu || !element) return;
    const place = placeMenu(
      menu.at,
      { width: element.offsetWidth, height: element.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
    );
    element.style.left = `${place.x}px`;
    element.style.top = `${place.y}px`;
    element.style.visibility = 'visible';
    pressedInside.current = false;
    const first = menu.byKeyboard ? items(element)[0] : undefined;
    (first ?? element).focus({ preventScroll: true });
  }, [menu]);

  if (!menu) return null;
  const entries = buildMenu(menu.names, {
    find: (name) => actions.all.find((action) => action.name === name),
    canRun: (action) => canRun(action, editor),
    formatShortcut: (action: Action) => {
      const shortcut = action.shortcuts[0];
      return shortcut ? formatShortcut(shortcut) : null;
    },
  });
  if (entries.length === 0) return null;

  const run = (name: string) => {
    const action = actions.all.find((candidate) => candidate.name === name);
    close();
    if (action) runAction(editor, action, { source: 'ui', shiftKey: false, at: menu.page });
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    // Keys in the menu are the menu's: none reach the canvas's shortcuts.
    event.stopPropagation();
    if (event.key === 'Tab') {
      event.preventDefault();
      close();
      return;
    }
    const list = items(event.currentTarget);
    const current = list.indexOf(document.activeElement as HTMLButtonElement);
    const next = {
      ArrowDown: current + 1,
      // From the menu itself (nothing focused yet), up goes to the last item.
      ArrowUp: current === -1 ? list.length - 1 : current - 1,
      Home: 0,
      End: list.length - 1,
    }[event.key];
    if (next === undefined || list.length === 0) return;
    event.preventDefault();
    list[(next + list.length) % list.length]?.focus();
  };

  return createPortal(
    <div
      ref={root}
      className="sr-panel sr-context-menu"
      role="menu"
      tabIndex={-1}
      aria-label="Actions"
      data-testid="context-menu"
      style={{ left: menu.at.x, top: menu.at.y, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onPointerDown={() => (pressedInside.current = true)}
      onContextMenu={(event) => event.preventDefault()}
    >
      {entries.map((entry, i) =>
        entry === SEPARATOR ? (
          <div key={`separator-${i}`} role="separator" className="sr-menu-separator" />
        ) : (
          <button
            key={entry.name}
            type="button"
            role="menuitem"
            className="sr-context-item"
            data-testid={`context-${entry.name}`}
            disabled={!entry.enabled}
            onClick={(event) => {
              // detail 0: Enter or Space, which need no press.
              if (event.detail === 0 || pressedInside.current) run(entry.name);
            }}
          >
            <span>{entry.label}</span>
            {entry.shortcut && <kbd>{entry.shortcut}</kbd>}
          </button>
        ),
      )}
    </div>,
    document.body,
  );
}

/** The menu's enabled items, in order: what the arrow keys move between. */
function items(menu: HTMLElement): HTMLButtonElement[] {
  return [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')];
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isTouch(event: MouseEvent): boolean {
  return 'pointerType' in event && event.pointerType === 'touch';
}
