import type { Shape } from '@sketchroom/board-model';
import type { MeasureText, Theme } from '@sketchroom/board-render';

/**
 * The browser services actions need (clipboard, files, rasterising). The canvas
 * installs the real ones; tests use the in-memory defaults below.
 */
export interface Platform {
  writeClipboard(text: string): Promise<void>;
  readClipboard(): Promise<string>;
  /** The image files on the clipboard (a screenshot, a copied picture); [] if none. */
  readClipboardFiles(): Promise<File[]>;
  /**
   * Puts one item of several types (image/png, image/svg+xml, text/plain) on the
   * clipboard. Values may be promises, so slow renders keep the click's permission.
   */
  writeClipboardItem(data: Record<string, Blob | Promise<Blob>>): Promise<void>;
  download(filename: string, data: Blob | string, mime: string): void;
  /** Lets the user pick a file; resolves with its text, or null if they cancel. */
  openTextFile(accept: string): Promise<string | null>;
  /** Lets the user pick files (several at once); [] if they cancel. */
  openFiles(accept: string): Promise<File[]>;
  /**
   * The shapes painted as a PNG (board-render's commands on a canvas, fonts loaded
   * first); null for no shapes. Exports use it: an SVG image's embedded fonts load
   * after it decodes, so rasterising the SVG could lose hand-written text.
   */
  shapesToPng(
    shapes: readonly Shape[],
    /** `images`: the pictures' files by asset id, fetched beforehand; missing ones show placeholders. */
    options: { theme: Theme; measureText: MeasureText; images?: ReadonlyMap<string, Blob> },
  ): Promise<Blob | null>;
  /** Tells the user something went wrong (a bad import, a denied clipboard). */
  notify(message: string): void;
}

export function memoryPlatform(): Platform & {
  clipboard: string;
  /** The types of the last item written with writeClipboardItem. */
  clipboardTypes: string[];
  downloads: string[];
  messages: string[];
} {
  const platform = {
    clipboard: '',
    clipboardTypes: [] as string[],
    downloads: [] as string[],
    messages: [] as string[],
    async writeClipboard(text: string) {
      platform.clipboard = text;
    },
    async readClipboard() {
      return platform.clipboard;
    },
    async readClipboardFiles(): Promise<File[]> {
      return [];
    },
    async writeClipboardItem(data: Record<string, Blob | Promise<Blob>>) {
      platform.clipboardTypes = Object.keys(data);
    },
    download(filename: string) {
      platform.downloads.push(filename);
    },
    async openTextFile() {
      return null;
    },
    async openFiles(): Promise<File[]> {
      return [];
    },
    async shapesToPng() {
      return new Blob([], { type: 'image/png' });
    },
    notify(message: string) {
      platform.messages.push(message);
    },
  };
  return platform;
}
