import * as Y from 'yjs';
import { SHAPES } from '../versions/deleted-shapes.ts';

/** The asset ids the shapes of a board document use (`shape.asset`, board-yjs schema). */
export function assetsUsedBy(doc: Y.Doc, into = new Set<string>()): Set<string> {
  for (const shape of doc.getMap(SHAPES).values()) {
    if (!(shape instanceof Y.Map)) continue;
    const asset: unknown = shape.get('asset');
    if (typeof asset === 'string') into.add(asset);
  }
  return into;
}

/** The same for an encoded state (a version, or a room's stored rows). */
export function assetsUsedByState(updates: readonly Uint8Array[], into?: Set<string>): Set<string> {
  const doc = new Y.Doc({ gc: true });
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return assetsUsedBy(doc, into);
  } finally {
    doc.destroy();
  }
}
