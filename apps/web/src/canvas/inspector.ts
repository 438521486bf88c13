import type * as Y from 'yjs';
import type { Editor } from '../editor/editor.ts';
import type { LaserLayer, LaserTrailView } from './laser-layer.ts';
import type { ShapesRenderer } from './shapes-renderer.ts';

/** A peek into the editor for browser tests and debugging. */
export interface Inspector {
  shapeCount(): number;
  /** Konva nodes alive now: shows culling at work. */
  nodeCount(): number;
  camera(): { x: number; y: number; zoom: number };
  toolState(): string;
  selectedIds(): string[];
  editingId(): string | null;
  canUndo(): boolean;
  /** Page → screen, so tests can click on a shape. */
  pageToScreen(x: number, y: number): { x: number; y: number };
  /**
   * The page's own Y.Doc, which its provider syncs. Tests write to it past the UI, as
   * anyone with the browser console could: the server, not the UI, decides what sticks.
   */
  doc(): Y.Doc;
  /** Pictures painted as placeholders while their files are on the way. */
  imagesLoading(): number;
  /** Pixels of the pictures decoded for the canvas now (bounded; far ones are released). */
  imagePixels(): number;
  /** Laser trails visible now (this client's is `self`), with each person's colour. */
  laserTrails(): LaserTrailView[];
  /** True while the laser layer has a frame scheduled; false once every trail has faded. */
  laserAnimating(): boolean;
}

declare global {
  interface Window {
    __sketchroom?: Inspector;
  }
}

export function installInspector(
  editor: Editor,
  renderer: () => ShapesRenderer | null,
  laser: LaserLayer | null = null,
): () => void {
  const inspector: Inspector = {
    shapeCount: () => editor.index.size,
    nodeCount: () => renderer()?.nodeCount ?? 0,
    camera: () => ({ ...editor.camera }),
    toolState: () => editor.state.toolPath,
    selectedIds: () => [...editor.selectedIds],
    editingId: () => editor.editingId,
    canUndo: () => editor.state.canUndo,
    pageToScreen: (x, y) => {
      const { camera } = editor;
      return { x: (x - camera.x) * camera.zoom, y: (y - camera.y) * camera.zoom };
    },
    doc: () => editor.board.doc,
    imagesLoading: () => renderer()?.images.loadingCount ?? 0,
    imagePixels: () => renderer()?.images.cache.decodedPixels ?? 0,
    laserTrails: () => laser?.trails() ?? [],
    laserAnimating: () => laser?.animating ?? false,
  };
  window.__sketchroom = Object.freeze(inspector);
  return () => {
    if (window.__sketchroom === inspector) delete window.__sketchroom;
  };
}
