import type { Editor } from '../editor/editor.ts';

/**
 * Writes an image to the clipboard and says how it went: browsers refuse without a
 * permission or a recent click, and the user should hear that rather than paste nothing.
 */
export async function copyImage(
  editor: Editor,
  kind: string,
  data: Record<string, Blob | Promise<Blob>>,
): Promise<void> {
  try {
    await editor.platform.writeClipboardItem(data);
    editor.platform.notify(`Copied as ${kind}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    editor.platform.notify(`The browser refused to copy the ${kind}: ${reason}`);
  }
}
