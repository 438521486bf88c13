import { useEffect, useRef } from 'react';
import type { Editor } from '../editor/editor.ts';
import type { Peer } from '../editor/presence-sync.ts';

interface Tracked {
  element: HTMLDivElement;
  x: number;
  y: number;
  targetX: number;
  targetY: number;
  visible: boolean;
}

// Fraction of the remaining distance covered per frame: cursors glide between
// the ~30 Hz updates instead of jumping.
const EASING = 0.35;

/**
 * Other people's cursors with name tags, in an HTML layer over the canvas.
 * Positions are eased every animation frame without involving React.
 */
export function RemoteCursors({ editor }: { editor: Editor }) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = root.current;
    const presence = editor.presence;
    if (!container || !presence) return undefined;
    const tracked = new Map<number, Tracked>();

    const sync = (peers: readonly Peer[]) => {
      const present = new Set<number>();
      for (const peer of peers) {
        present.add(peer.clientId);
        let entry = tracked.get(peer.clientId);
        if (!entry) {
          const element = createCursor();
          container.append(element);
          entry = {
            element,
            x: peer.cursor?.x ?? 0,
            y: peer.cursor?.y ?? 0,
            targetX: 0,
            targetY: 0,
            visible: false,
          };
          tracked.set(peer.clientId, entry);
        }
        const label = entry.element.lastElementChild as HTMLElement;
        if (label.textContent !== peer.name) label.textContent = peer.name;
        entry.element.style.setProperty('--cursor-color', peer.color);
        if (peer.cursor) {
          if (!entry.visible) {
            entry.x = peer.cursor.x;
            entry.y = peer.cursor.y;
          }
          entry.targetX = peer.cursor.x;
          entry.targetY = peer.cursor.y;
        }
        entry.visible = peer.cursor !== null;
        entry.element.style.display = entry.visible ? '' : 'none';
      }
      for (const [id, entry] of tracked) {
        if (present.has(id)) continue;
        entry.element.remove();
        tracked.delete(id);
      }
    };

    let frame = requestAnimationFrame(function step() {
      const { camera } = editor;
      for (const entry of tracked.values()) {
        if (!entry.visible) continue;
        entry.x += (entry.targetX - entry.x) * EASING;
        entry.y += (entry.targetY - entry.y) * EASING;
        const sx = (entry.x - camera.x) * camera.zoom;
        const sy = (entry.y - camera.y) * camera.zoom;
        entry.element.style.transform = `translate(${sx.toFixed(1)}px, ${sy.toFixed(1)}px)`;
      }
      frame = requestAnimationFrame(step);
    });
    sync(presence.peers.get());
    const stop = presence.peers.subscribe(() => sync(presence.peers.get()));
    return () => {
      stop();
      cancelAnimationFrame(frame);
      for (const entry of tracked.values()) entry.element.remove();
    };
  }, [editor]);

  return <div ref={root} className="sr-cursors" aria-hidden="true" />;
}

function createCursor(): HTMLDivElement {
  const element = document.createElement('div');
  element.className = 'sr-cursor';
  element.dataset.testid = 'remote-cursor';
  element.innerHTML =
    '<svg width="18" height="18" viewBox="0 0 18 18"><path d="M2 1.5 L15.5 8.2 L9.3 9.6 L6.4 15.6 Z" fill="var(--cursor-color)" stroke="white" stroke-width="1.4" stroke-linejoin="round"/></svg><span class="sr-cursor-label"></span>';
  return element;
}
