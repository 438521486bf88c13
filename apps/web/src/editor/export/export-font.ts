import handFontUrl from '@fontsource/caveat/files/caveat-latin-400-normal.woff2?url';
import { HAND_FONT_NAME } from '@sketchroom/board-render';

/** The hand-written font as an SVG export embeds it. */
export interface EmbeddedFont {
  url: string;
  format: string;
}

let embedded: EmbeddedFont | null = null;
let loading: Promise<EmbeddedFont | null> | null = null;

async function toDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: one String.fromCharCode call per byte array would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * Loads the bundled hand-written font once, as a data URL, so exported SVG shows
 * it anywhere. The file is the one the page's @font-face uses (the offline shell
 * keeps it). When it cannot be had, exports fall back to a cursive system font.
 */
export function loadExportFont(): Promise<EmbeddedFont | null> {
  loading ??= fetch(handFontUrl)
    .then((response) => (response.ok ? response.blob() : Promise.reject(response.status)))
    .then(toDataUrl)
    .then((url) => (embedded = { url, format: 'woff2' }))
    .catch(() => {
      loading = null;
      return null;
    });
  return loading;
}

/** The font if loaded by now; starts loading it for next time otherwise. */
export function exportFontNow(): EmbeddedFont | null {
  if (!embedded) void loadExportFont();
  return embedded;
}

// Once the page has loaded the hand-written font (some shape uses it), ready the export's copy
// too, so an export that cannot wait (copy as PNG keeps the click's clipboard permission) has it.
globalThis.document?.fonts?.addEventListener('loadingdone', (event) => {
  const faces = (event as FontFaceSetLoadEvent).fontfaces ?? [];
  if (faces.some((face) => face.family.replace(/["']/g, '') === HAND_FONT_NAME)) {
    void loadExportFont();
  }
});
