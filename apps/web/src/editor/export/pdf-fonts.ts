import sansUrl from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff?url';
import handLatinUrl from '@fontsource/caveat/files/caveat-latin-400-normal.woff?url';
import handLatinExtUrl from '@fontsource/caveat/files/caveat-latin-ext-400-normal.woff?url';
import { PDF_FONT_FACES } from '@sketchroom/board-render/pdf';

// The bundled files of board-render's PDF_FONT_FACES, by face name: fetched only when a PDF is made.
const URLS: Readonly<Record<string, string>> = {
  sans: sansUrl,
  'hand-latin': handLatinUrl,
  'hand-latin-ext': handLatinExtUrl,
};

let loading: Promise<Map<string, ArrayBuffer>> | null = null;

/** The PDF's font files by face name, fetched once (a failed fetch is tried again next time). */
export function loadPdfFonts(): Promise<Map<string, ArrayBuffer>> {
  loading ??= Promise.all(
    PDF_FONT_FACES.map(async (face) => {
      const url = URLS[face.name];
      if (!url) throw new Error(`no bundled file for the PDF font ${face.name}`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`PDF font ${face.name}: ${response.status}`);
      return [face.name, await response.arrayBuffer()] as const;
    }),
  )
    .then((entries) => new Map(entries))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
