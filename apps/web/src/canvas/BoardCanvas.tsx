import { CANVAS_BACKGROUND } from '@sketchroom/board-render';
import type { BoardDoc } from '@sketchroom/board-yjs';
import type Konva from 'konva';
import { useEffect, useRef, useState } from 'react';
import { Layer, Stage } from 'react-konva';
import type { Awareness } from 'y-protocols/awareness';
import { zoomToFit } from '../editor/camera-ops.ts';
import { createEditorHandle, type EditorHandle } from '../editor/editor-handle.ts';
import { Editor } from '../editor/editor.ts';
import { setExportMeasure } from '../editor/export/export-image.ts';
import { setTextMeasure } from '../editor/text-fit.ts';
import { EditorUi } from '../editor-ui/EditorUi.tsx';
import { useEditorState } from '../editor-ui/use-editor-state.ts';
import { APP_ACTIONS } from '../actions/registry.ts';
import { assetStoreOf } from '../assets/asset-source.ts';
import { connectBoardAssets } from '../assets/connect-board-assets.ts';
import { rememberSnapSettings } from '../app/snap-settings.ts';
import { PAN_TOOL_ID, TOOLS } from '../tools/registry.ts';
import { browserPlatform } from './browser-platform.ts';
import { paintDotGrid } from './dot-grid.ts';
import { installInspector } from './inspector.ts';
import { LaserLayer } from './laser-layer.ts';
import { bridgeFileDrop } from './file-drop.ts';
import { bridgeKeyboard } from './keyboard-bridge.ts';
import { measureText } from './measure.ts';
import { bridgePointerEvents } from './pointer-bridge.ts';
import { RemoteCursors } from './RemoteCursors.tsx';
import { SelectionOverlay } from './SelectionOverlay.tsx';
import { SnapGuides } from './SnapGuides.tsx';
import { ShapesRenderer } from './shapes-renderer.ts';
import { TextEditorOverlay } from './TextEditorOverlay.tsx';
import './board-canvas.css';

export interface BoardCanvasProps {
  board: BoardDoc;
  awareness: Awareness;
  readOnly: boolean;
  theme: 'light' | 'dark';
  /** The board's id on the server and the token its images are asked with. */
  roomId: string;
  token: string | null;
  /** Whether the board's connection to the server is up: owed uploads go at once when it is. */
  connected: boolean;
  onEditorReady?: (editor: EditorHandle) => void;
}

/** The whiteboard: an infinite Konva canvas over the board, with its floating tools. */
export function BoardCanvas({
  board,
  awareness,
  readOnly,
  theme,
  roomId,
  token,
  connected,
  onEditorReady,
}: BoardCanvasProps) {
  const [editor, setEditor] = useState<Editor | null>(null);

  useEffect(() => {
    // The composition root: the editor gets the app's tools and actions from here.
    const created = new Editor({
      board,
      awareness,
      readOnly,
      tools: TOOLS,
      panToolId: PAN_TOOL_ID,
      actions: APP_ACTIONS,
    });
    setEditor(created);
    return () => created.dispose();
    // readOnly changes are applied below, without rebuilding the editor.
  }, [board, awareness]);

  useEffect(() => editor?.setReadOnly(readOnly), [editor, readOnly]);
  useEffect(() => editor?.setTheme(theme), [editor, theme]);
  useEffect(() => {
    if (editor && onEditorReady)
      onEditorReady(createEditorHandle(editor, (ids) => zoomToFit(editor, ids)));
  }, [editor, onEditorReady]);

  if (!editor) return <div className="sr-canvas" data-testid="canvas" />;
  return <Surface editor={editor} roomId={roomId} token={token} connected={connected} />;
}

function Surface({
  editor,
  roomId,
  token,
  connected,
}: {
  editor: Editor;
  roomId: string;
  token: string | null;
  connected: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const shapesLayer = useRef<Konva.Layer>(null);
  const gestureLayer = useRef<Konva.Layer>(null);
  const laserCanvas = useRef<HTMLCanvasElement>(null);
  const [renderer, setRenderer] = useState<ShapesRenderer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const viewport = useEditorState(editor, (s) => s.viewport);
  const theme = useEditorState(editor, (s) => s.theme);
  const toolId = useEditorState(editor, (s) => s.toolId);

  useEffect(() => {
    editor.platform = browserPlatform((message) => setNotice(message));
    setExportMeasure(measureText);
    setTextMeasure(measureText);
  }, [editor]);

  useEffect(() => connectBoardAssets(editor, { roomId, token }), [editor, roomId, token]);
  // Back in touch with the server (a restart, a network change the browser did not report):
  // owed uploads and awaited downloads go now rather than after their backoff.
  useEffect(() => {
    if (connected) assetStoreOf(editor.assets)?.reconnected();
  }, [editor, connected]);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() =>
      editor.setViewport({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    editor.setViewport({ width: element.clientWidth, height: element.clientHeight });
    return () => observer.disconnect();
  }, [editor]);

  useEffect(() => {
    const element = container.current;
    const konvaStage = stage.current;
    const still = shapesLayer.current;
    const moving = gestureLayer.current;
    const laserElement = laserCanvas.current;
    if (!element || !konvaStage || !still || !moving || !laserElement) return undefined;
    const created = new ShapesRenderer(editor, still, moving);
    const laser = new LaserLayer(editor, laserElement);
    const stopRenderer = created.start();
    setRenderer(created);
    const paint = () => paintDotGrid(element, editor.state);
    paint();
    const stops = [
      stopRenderer,
      editor.session.subscribe(paint),
      bridgePointerEvents(element, konvaStage, editor),
      bridgeKeyboard(editor, APP_ACTIONS),
      bridgeFileDrop(element, editor),
      laser.start(),
      installInspector(editor, () => created, laser),
      rememberSnapSettings(editor),
    ];
    return () => stops.forEach((stop) => stop());
  }, [editor]);

  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const cursor = editor.tools.find((tool) => tool.id === toolId)?.cursor ?? 'default';
  return (
    <div className="sr-root" data-theme={theme}>
      <div
        ref={container}
        className="sr-canvas"
        data-testid="canvas"
        tabIndex={-1}
        style={{ backgroundColor: CANVAS_BACKGROUND[theme], cursor }}
      >
        <Stage ref={stage} width={viewport.width} height={viewport.height}>
          <Layer ref={shapesLayer} listening={false} />
          <Layer ref={gestureLayer} listening={false} />
          <Layer>
            <SelectionOverlay editor={editor} renderer={renderer} />
            <SnapGuides editor={editor} />
          </Layer>
        </Stage>
        <canvas ref={laserCanvas} className="sr-laser" data-testid="laser-layer" />
        <RemoteCursors editor={editor} />
        <TextEditorOverlay editor={editor} />
      </div>
      <EditorUi editor={editor} actions={APP_ACTIONS} canvas={container} />
      {notice && (
        <div className="sr-notice" role="status" data-testid="notice">
          {notice}
        </div>
      )}
    </div>
  );
}
