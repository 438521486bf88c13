import { describe, expect, it } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';
import { APP_ACTIONS } from './registry.ts';

const ui = { source: 'ui', shiftKey: false } as const;

describe('copy as PNG and SVG', () => {
  it('cannot run on an empty board', () => {
    const t = new TestEditor();
    expect(APP_ACTIONS.run(t.editor, 'copy-as-png', ui)).toBe(false);
    expect(APP_ACTIONS.run(t.editor, 'copy-as-svg', ui)).toBe(false);
  });

  it('puts a PNG, or SVG as markup and image, on the clipboard and says so', async () => {
    const t = new TestEditor();
    t.press('r').drag([100, 100], [200, 180]);
    expect(APP_ACTIONS.run(t.editor, 'copy-as-png', ui)).toBe(true);
    await t.flush();
    expect(t.platform.clipboardTypes).toEqual(['image/png']);
    APP_ACTIONS.run(t.editor, 'copy-as-svg', ui);
    await t.flush();
    expect(t.platform.clipboardTypes).toEqual(['text/plain', 'image/svg+xml']);
    expect(t.platform.messages).toEqual(['Copied as PNG', 'Copied as SVG']);
  });

  it('tells the user when the browser refuses', async () => {
    const t = new TestEditor();
    t.press('r').drag([100, 100], [200, 180]);
    t.platform.writeClipboardItem = () => Promise.reject(new Error('Document is not focused.'));
    APP_ACTIONS.run(t.editor, 'copy-as-svg', ui);
    await t.flush();
    expect(t.platform.messages).toEqual([
      'The browser refused to copy the SVG: Document is not focused.',
    ]);
  });
});
