import { screenPoint, zoomAt } from '@sketchroom/geometry';
import type Konva from 'konva';
import type { Editor } from '../editor/editor.ts';
import type { PointerInput, PointerKind } from '../editor/input.ts';
import { LongPress } from './long-press.ts';

const DOUBLE_CLICK_MS = 350;
const DOUBLE_CLICK_PX = 8;

/**
 * Feeds the canvas element's DOM pointer and wheel events to the editor: canvas
 * coordinates, coalesced pen samples, double-click detection that also works
 * for touch, and two-finger pinch zoom and pan.
 */
export function bridgePointerEvents(
  element: HTMLElement,
  stage: Konva.Stage,
  editor: Editor,
): () => void {
  const touches = new Map<number, { x: number; y: number }>();
  let pinch: { distance: number; mid: { x: number; y: number } } | null = null;
  let activePointer: number | null = null;
  let lastUp = { time: 0, x: 0, y: 0 };

  // A finger held still opens the context menu: the gesture it began is broken off, and
  // the menu hears it as the canvas's own contextmenu event at that point.
  const longPress = new LongPress({
    onLongPress(at) {
      if (activePointer !== null) {
        if (element.hasPointerCapture(activePointer)) element.releasePointerCapture(activePointer);
        // The finger lifts over the menu, out of our hearing: forget it now.
        touches.delete(activePointer);
        activePointer = null;
        editor.dispatcher.pointerCancel();
      }
      const rect = element.getBoundingClientRect();
      element.dispatchEvent(
        new MouseEvent('contextmenu', {
          bubbles: true,
          cancelable: true,
          button: 2,
          clientX: rect.left + at.x,
          clientY: rect.top + at.y,
        }),
      );
    },
  });

  const toInput = (event: PointerEvent): PointerInput => {
    const rect = element.getBoundingClientRect();
    return {
      point: screenPoint(event.clientX - rect.left, event.clientY - rect.top),
      button: event.button,
      pointerId: event.pointerId,
      pointerType: (event.pointerType || 'mouse') as PointerKind,
      pressure: event.pressure,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
    };
  };

  /** Presses on the resize/rotate handles belong to Konva's Transformer, not the tool. */
  const onHandle = (event: PointerEvent): boolean => {
    stage.setPointersPositions(event);
    const position = stage.getPointerPosition();
    const hit = position ? stage.getIntersection(position) : null;
    return hit !== null && hit.hasName('_anchor');
  };

  const pinchState = () => {
    const [a, b] = [...touches.values()];
    return {
      distance: Math.hypot(a.x - b.x, a.y - b.y),
      mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    };
  };

  const onDown = (event: PointerEvent) => {
    const input = toInput(event);
    if (event.pointerType === 'touch') {
      touches.set(event.pointerId, input.point);
      if (touches.size === 2) {
        // A second finger turns any gesture into a pinch.
        longPress.cancel();
        if (activePointer !== null) editor.dispatcher.pointerCancel();
        activePointer = null;
        pinch = pinchState();
        return;
      }
    }
    if (activePointer !== null || pinch || onHandle(event)) return;
    element.focus({ preventScroll: true });
    activePointer = event.pointerId;
    element.setPointerCapture(event.pointerId);
    editor.dispatcher.pointerDown(input);
    if (event.pointerType === 'touch') longPress.start(input.point);
  };

  const onMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' && touches.has(event.pointerId)) {
      touches.set(event.pointerId, toInput(event).point);
      if (pinch && touches.size === 2) {
        const next = pinchState();
        const moved = editor.camera;
        const panned = {
          ...moved,
          x: moved.x - (next.mid.x - pinch.mid.x) / moved.zoom,
          y: moved.y - (next.mid.y - pinch.mid.y) / moved.zoom,
        };
        const factor = pinch.distance > 0 ? next.distance / pinch.distance : 1;
        editor.setCamera(zoomAt(panned, screenPoint(next.mid.x, next.mid.y), factor));
        pinch = next;
        return;
      }
    }
    if (activePointer !== null && event.pointerId !== activePointer) return;
    if (event.pointerType === 'touch') longPress.move(toInput(event).point);
    // Pens and fast mice deliver several samples per frame; strokes want them all.
    const samples =
      activePointer !== null && event.getCoalescedEvents ? event.getCoalescedEvents() : [];
    if (samples.length > 1)
      for (const sample of samples) editor.dispatcher.pointerMove(toInput(sample));
    else editor.dispatcher.pointerMove(toInput(event));
  };

  const onUp = (event: PointerEvent) => {
    if (event.pointerType === 'touch') {
      longPress.cancel();
      touches.delete(event.pointerId);
      if (pinch) {
        if (touches.size === 0) pinch = null;
        return;
      }
    }
    if (event.pointerId !== activePointer) return;
    activePointer = null;
    const input = toInput(event);
    editor.dispatcher.pointerUp(input);
    const now = event.timeStamp;
    const near = Math.hypot(input.point.x - lastUp.x, input.point.y - lastUp.y) < DOUBLE_CLICK_PX;
    if (now - lastUp.time < DOUBLE_CLICK_MS && near && event.button === 0) {
      editor.dispatcher.doubleClick(input);
      lastUp = { time: 0, x: 0, y: 0 };
    } else if (event.button === 0) {
      lastUp = { time: now, x: input.point.x, y: input.point.y };
    } else {
      // A right-click then a click is not a double-click (it would write a text).
      lastUp = { time: 0, x: 0, y: 0 };
    }
  };

  const onCancel = (event: PointerEvent) => {
    longPress.cancel();
    touches.delete(event.pointerId);
    if (touches.size === 0) pinch = null;
    if (event.pointerId !== activePointer) return;
    activePointer = null;
    editor.dispatcher.pointerCancel();
  };

  const onLeave = (event: PointerEvent) => {
    if (activePointer === null && event.pointerType !== 'touch') editor.dispatcher.pointerLeave();
  };

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const rect = element.getBoundingClientRect();
    // Line-based deltas (some mice) are in lines, not pixels.
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? rect.height : 1;
    editor.dispatcher.wheel({
      point: screenPoint(event.clientX - rect.left, event.clientY - rect.top),
      deltaX: event.deltaX * scale,
      deltaY: event.deltaY * scale,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
    });
  };

  const stopContextMenu = (event: Event) => event.preventDefault();
  // A press anywhere but the drawing surface (a menu, the toolbar) splits a double-click.
  const onDownAnywhere = (event: PointerEvent) => {
    const target = event.target;
    if (!(target instanceof Node) || !stage.container().contains(target)) {
      lastUp = { time: 0, x: 0, y: 0 };
    }
  };

  element.addEventListener('pointerdown', onDown);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onUp);
  element.addEventListener('pointercancel', onCancel);
  element.addEventListener('pointerleave', onLeave);
  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('contextmenu', stopContextMenu);
  window.addEventListener('pointerdown', onDownAnywhere, true);
  return () => {
    window.removeEventListener('pointerdown', onDownAnywhere, true);
    longPress.cancel();
    element.removeEventListener('pointerdown', onDown);
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerup', onUp);
    element.removeEventListener('pointercancel', onCancel);
    element.removeEventListener('pointerleave', onLeave);
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('contextmenu', stopContextMenu);
  };
}
