import type { Editor } from '../editor/editor.ts';
import { refusalMessage, type AssetAccess } from './asset-api.ts';
import { noAssets } from './asset-source.ts';
import { BoardAssets } from './board-assets.ts';
import { removeImagesOf } from './insert-images.ts';

/**
 * Gives the editor this board's images (`editor.assets`) and starts its upload queue. A file
 * the server refuses for good is named in a notice and its images leave the board.
 */
export function connectBoardAssets(editor: Editor, access: AssetAccess): () => void {
  const assets = new BoardAssets(access, {
    refused(upload, status) {
      editor.platform.notify(refusalMessage(status, upload.name));
      removeImagesOf(editor, upload.assetId);
    },
  });
  editor.assets = assets;
  const stop = assets.start();
  return () => {
    stop();
    if (editor.assets === assets) editor.assets = noAssets;
  };
}
