// Boards shaped like schema v1 (DESIGN.md): doc.getMap('shapes') holds one Y.Map per shape
// with type, index, geom and style, so the servers carry realistic Yjs structures.
import * as Y from 'yjs';

export interface Geometry {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  points?: number[];
  /** When a bench client wrote this, on its performance.now() clock (an unknown field, kept). */
  sentAt?: number;
}

const style = { stroke: '#1e1e1e', fill: 'transparent', strokeWidth: 2, opacity: 1 };

export const shapeId = (n: number) => `shape:${n.toString(36).padStart(6, '0')}`;
const fractionalIndex = (n: number) => `a${n.toString(36).padStart(5, '0')}`;

export function rectGeometry(n: number, sentAt?: number): Geometry {
  return { x: (n * 37) % 4000, y: (n * 53) % 3000, width: 120, height: 80, rotation: 0, sentAt };
}

/** Adds shape `n`; `points` > 0 makes it a freehand stroke with that many points. */
export function addShape(doc: Y.Doc, n: number, points = 0): Y.Map<unknown> {
  const shape = new Y.Map<unknown>();
  const geom = rectGeometry(n);
  if (points > 0) {
    geom.points = Array.from({ length: points * 2 }, (_, i) => Math.round(Math.sin(n + i) * 500));
  }
  shape.set('type', points > 0 ? 'draw' : 'rect');
  shape.set('index', fractionalIndex(n));
  shape.set('geom', geom);
  shape.set('style', style);
  doc.getMap('shapes').set(shapeId(n), shape);
  return shape;
}

/** Moves shape `n`: the commonest edit, one grouped `geom` key replaced. */
export function moveShape(doc: Y.Doc, n: number, sentAt?: number): void {
  const shape = doc.getMap('shapes').get(shapeId(n)) as Y.Map<unknown> | undefined;
  if (!shape) throw new Error(`no ${shapeId(n)}`);
  const geom = rectGeometry(n + Math.round(Math.random() * 1000), sentAt);
  shape.set('geom', geom);
}

/** A board of freehand strokes whose encoded state is at least `bytes` long. */
export function boardOfSize(bytes: number): Uint8Array {
  const doc = new Y.Doc();
  let count = 0;
  for (;;) {
    doc.transact(() => {
      for (let i = 0; i < 100; i++) addShape(doc, count++, 100);
    });
    const state = Y.encodeStateAsUpdate(doc);
    if (state.byteLength >= bytes) return state;
  }
}

/** The `sentAt` a bench writer put into an update, or null if it holds none. */
export function sentAtOf(update: Uint8Array): number | null {
  const { structs } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentAny) {
      const value = struct.content.arr[0] as Geometry | undefined;
      if (typeof value?.sentAt === 'number') return value.sentAt;
    }
  }
  return null;
}
