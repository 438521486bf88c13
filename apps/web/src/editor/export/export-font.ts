import { HAND_FONT_NAME, type FontFile } from '@sketchroom/board-render';

let embedded: FontFile[] | null = null;
let loading: Promise<FontFile[] | null> | null = null;

/** The page's own @font-face rules for the hand-written font (styles.css), so both agree. */
function handFontFaces(): { url: string; unicodeRange: string }[] {
  const faces: { url: string; unicodeRange: string }[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      const url = /url\(\s*["']?([^"')]+)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (family !== HAND_FONT_NAME || !url) continue;
      faces.push({
        url: new URL(url, sheet.href ?? location.href).href,
        unicodeRange: rule.style.getPropertyValue('unicode-range'),
      });
    }
  }
  return faces;
}

async function toDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: one String.fromCharCode call for the whole file would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/woff2;base64,${btoa(binary)}`;
}

async function fetchFaces(): Promise<FontFile[]> {
  const faces = handFontFaces();
  if (faces.length === 0) throw new Error('no @font-face for the hand-written font');
  return Promise.all(
    faces.map(async (face) => {
      const response = await fetch(face.url);
      if (!response.ok) throw new Error(`font file: ${response.status}`);
      return {
        url: await toDataUrl(await response.blob()),
        format: 'woff2',
        unicodeRange: face.unicodeRange || undefined,
      };
    }),
  );
}

/**
 * Loads the bundled hand-written font once, as data URLs, so exported SVG shows it
 * anywhere. The files are the ones the page's @font-face rules name (the offline
 * shell keeps them). When they cannot be had, exports fall back to a cursive font.
 */
export function loadExportFont(): Promise<FontFile[] | null> {
  loading ??= fetchFaces()
    .then((files) => (embedded = files))
    .catch(() => {
      loading = null;
      return null;
    });
  return loading;
}

/** The font if loaded by now; starts loading it for next time otherwise. */
export function exportFontNow(): FontFile[] | null {
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
