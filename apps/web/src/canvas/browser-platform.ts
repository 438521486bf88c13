import { MAX_BOARD_FILE_BYTES } from '../assets/board-json-assets.ts';
import type { Platform } from '../editor/platform.ts';
import { shapesToPng } from './paint-png.ts';

/** The real clipboard, downloads and file picker. */
export function browserPlatform(notify: (message: string) => void): Platform {
  return {
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    readClipboard: () => navigator.clipboard.readText(),
    readClipboardFiles,
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
          if (file && file.size > MAX_BOARD_FILE_BYTES) {
            notify(`${file.name} is too large to open.`);
            resolve(null);
          } else if (file) void file.text().then(resolve);
          else resolve(null);
        };
        input.oncancel = () => resolve(null);
        input.click();
      });
    },
    openFiles(accept) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.multiple = true;
        input.onchange = () => resolve([...(input.files ?? [])]);
        input.oncancel = () => resolve([]);
        input.click();
      });
    },
    shapesToPng,
    notify,
  };
}

/** Images on the clipboard, asked for outside a paste event (the menu's Paste). */
async function readClipboardFiles(): Promise<File[]> {
  if (!navigator.clipboard?.read) return [];
  const items = await navigator.clipboard.read().catch(() => []);
  const files: File[] = [];
  for (const item of items) {
    const type = item.types.find((t) => t.startsWith('image/') && t !== 'image/svg+xml');
    if (!type) continue;
    const blob = await item.getType(type);
    files.push(new File([blob], `pasted.${type.slice('image/'.length)}`, { type }));
  }
  return files;
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
