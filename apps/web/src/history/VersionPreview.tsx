import { shapeBounds, type Shape } from '@sketchroom/board-model';
import { CANVAS_BACKGROUND, exportBox } from '@sketchroom/board-render';
import {
  DEFAULT_ZOOM_LIMITS,
  fitBounds,
  pagePoint,
  pageToScreen,
  screenPoint,
  viewportBounds,
  type Box,
  type Camera,
} from '@sketchroom/geometry';
import { useEffect, useMemo, type WheelEvent } from 'react';
import { measureText } from '../canvas/measure.ts';
import type { Editor } from '../editor/editor.ts';
import { useEditorState } from '../editor-ui/use-editor-state.ts';
import { compareShapes } from './compare.ts';
import { versionTitle } from './format.ts';
import { useHistory, type Preview } from './history-store.ts';
import { closePreview, restore, toggleCompare } from './preview-ops.ts';
import { useLiveShapes } from './use-live-shapes.ts';
import { svgDataUrl } from './version-cache.ts';

/** The selected version drawn read-only over the canvas, following its pan and zoom, with its banner. */
export function VersionPreview({ editor }: { editor: Editor }) {
  const preview = useHistory((s) => s.preview);
  const live = useLiveShapes(editor, preview?.comparing === true);
  if (!preview) return null;
  return (
    <>
      <PreviewLayer editor={editor} preview={preview} live={live} />
      <Banner preview={preview} live={live} />
    </>
  );
}

function PreviewLayer(props: { editor: Editor; preview: Preview; live: readonly Shape[] }) {
  const { editor, preview, live } = props;
  const camera = useEditorState(editor, (s) => s.camera);
  const theme = useEditorState(editor, (s) => s.theme);
  const shapes = preview.shapes;
  const picture = useMemo(() => shapes && drawing(shapes, theme, 1), [shapes, theme]);
  const diff = useMemo(
    () => (shapes && preview.comparing ? compareShapes(shapes, live) : null),
    [shapes, live, preview.comparing],
  );
  const added = useMemo(() => {
    const ids = new Set(diff?.added);
    return drawing(
      live.filter((shape) => ids.has(shape.id)),
      theme,
      0.45,
    );
  }, [diff, live, theme]);

  // A version drawn wholly out of view is brought into it once (at most at 100 %).
  const box = picture?.box ?? null;
  useEffect(() => {
    if (!box) return;
    const { camera: now, viewport } = editor.state;
    if (overlaps(box, viewportBounds(now, viewport))) return;
    editor.setCamera(fitBounds(box, viewport, 48, { ...DEFAULT_ZOOM_LIMITS, max: 1 }));
  }, [editor, box]);

  // The wheel still pans and zooms the canvas; clicks and drags touch nothing underneath.
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    editor.dispatcher.wheel({
      point: screenPoint(event.clientX - rect.left, event.clientY - rect.top),
      deltaX: event.deltaX,
      deltaY: event.deltaY,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
    });
  };

  const byId = new Map([...(shapes ?? []), ...live].map((shape) => [shape.id, shape]));
  const marks = diff
    ? [
        ...diff.added.map((id) => ({ id, kind: 'added' })),
        ...diff.removed.map((id) => ({ id, kind: 'removed' })),
        ...diff.changed.map((id) => ({ id, kind: 'changed' })),
      ]
    : [];
  return (
    <div
      className="sr-history-overlay"
      data-testid="history-preview"
      style={{ background: CANVAS_BACKGROUND[theme] }}
      onWheel={onWheel}
    >
      {picture && <img alt="" src={picture.url} style={placed(picture.box, camera)} />}
      {added && <img alt="" src={added.url} style={placed(added.box, camera)} />}
      {marks.map(({ id, kind }) => {
        const shape = byId.get(id);
        return shape ? (
          <div
            key={`${kind}:${id}`}
            className={`sr-history-mark is-${kind}`}
            data-testid={`history-mark-${kind}`}
            style={placed(shapeBounds(shape), camera, 6)}
          />
        ) : null;
      })}
    </div>
  );
}

function drawing(shapes: readonly Shape[], theme: 'light' | 'dark', opacity: number) {
  const url = svgDataUrl(shapes, theme, false);
  const box = exportBox(shapes, 24, measureText);
  return url && box ? { url, box, opacity } : null;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

type PageBox = { x: number; y: number; width: number; height: number };

function placed(box: PageBox & { opacity?: number }, camera: Camera, grow = 0) {
  const corner = pageToScreen(camera, pagePoint(box.x, box.y));
  return {
    left: corner.x - grow,
    top: corner.y - grow,
    width: box.width * camera.zoom + grow * 2,
    height: box.height * camera.zoom + grow * 2,
    opacity: box.opacity,
  };
}

function Banner({ preview, live }: { preview: Preview; live: readonly Shape[] }) {
  const access = useHistory((s) => s.access);
  const canEdit = useHistory((s) => s.canEdit);
  const diff = useMemo(
    () => (preview.shapes && preview.comparing ? compareShapes(preview.shapes, live) : null),
    [preview.shapes, preview.comparing, live],
  );
  return (
    <div className="sr-panel sr-history-banner" role="status" data-testid="history-banner">
      <span className="sr-history-banner-title">
        Viewing {versionTitle(preview.version, Date.now())}
        {!preview.shapes && ' (loading…)'}
      </span>
      <span className="sr-history-banner-actions">
        {canEdit && access && (
          <button
            type="button"
            className="sr-button"
            data-testid="history-restore"
            onClick={() => void restore(access, preview.version.id)}
          >
            Restore
          </button>
        )}
        <button
          type="button"
          className={`sr-button${preview.comparing ? ' is-active' : ''}`}
          data-testid="history-compare"
          aria-pressed={preview.comparing}
          onClick={toggleCompare}
        >
          Compare
        </button>
        <button
          type="button"
          className="sr-button"
          data-testid="history-preview-close"
          onClick={closePreview}
        >
          Close
        </button>
      </span>
      {diff && (
        <span className="sr-history-legend" data-testid="history-legend">
          <span className="is-added" data-testid="history-count-added">
            {diff.added.length} added
          </span>
          <span className="is-removed" data-testid="history-count-removed">
            {diff.removed.length} removed
          </span>
          <span className="is-changed" data-testid="history-count-changed">
            {diff.changed.length} changed
          </span>
          <span className="sr-history-legend-note">since this version</span>
        </span>
      )}
    </div>
  );
}
