import type { Platform } from '../editor/platform.ts';
import { shapesToPng } from './paint-png.ts';

/** The real clipboard, downloads and file picker. */
export function browserPlatform(notify: (message: string) => void): Platform {
  return {
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    readClipboard: () => navigator.clipboard.readText(),
    writeClipboardItem,
    download(filename, data, mime) {
      const blob = typeof data === 'string' ? new Blob([data], { type: mime }) : data;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    openTextFile(accept) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.onchange = () => {
          const file = input.files?.[0];
          if (file) void file.text().then(resolve);
          else resolve(null);
        };
        input.oncancel = () => resolve(null);
        input.click();
      });
    },
    svgToPng,
    shapesToPng,
    notify,
  };
}

/** Writes the types this browser can put on its clipboard; refuses (throws) if none. */
async function writeClipboardItem(data: Record<string, Blob | Promise<Blob>>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error('this browser cannot copy images');
  }
  const supported = Object.entries(data).filter(
    ([type]) => typeof ClipboardItem.supports !== 'function' || ClipboardItem.supports(type),
  );
  if (supported.length === 0) throw new Error('this browser cannot copy these types');
  await navigator.clipboard.write([new ClipboardItem(Object.fromEntries(supported))]);
}

/** Rasterises an SVG at twice its size (sharp on high-density screens). */
async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(2, 16_000 / Math.max(width, height));
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
