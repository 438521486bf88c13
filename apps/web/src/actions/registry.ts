import type { Action } from './action.ts';
import { ActionRegistry } from './action-registry.ts';
import { alignActions } from './align.ts';
import { bringForwardAction } from './bring-forward.ts';
import { bringToFrontAction } from './bring-to-front.ts';
import { copyAction } from './copy.ts';
import { copyAsPngAction } from './copy-as-png.ts';
import { copyAsSvgAction } from './copy-as-svg.ts';
import { cutAction } from './cut.ts';
import { deleteSelectionAction } from './delete-selection.ts';
import { duplicateSelectionAction } from './duplicate-selection.ts';
import { editTextAction } from './edit-text.ts';
import { exportJsonAction } from './export-json.ts';
import { exportPdfAction } from './export-pdf.ts';
import { exportPngAction } from './export-png.ts';
import { exportSvgAction } from './export-svg.ts';
import { groupAction } from './group.ts';
import { importJsonAction } from './import-json.ts';
import { insertImageAction } from './insert-image.ts';
import { nudgeActions } from './nudge.ts';
import { pasteAction } from './paste.ts';
import { redoAction } from './redo.ts';
import { selectAllAction } from './select-all.ts';
import { sendBackwardAction } from './send-backward.ts';
import { sendToBackAction } from './send-to-back.ts';
import { toggleGridAction } from './toggle-grid.ts';
import { toggleHelpAction } from './toggle-help.ts';
import { toggleHistoryAction } from './toggle-history.ts';
import { toggleLockAction } from './toggle-lock.ts';
import { toggleSnappingAction } from './toggle-snapping.ts';
import { toggleToolLockAction } from './toggle-tool-lock.ts';
import { toolActions } from './tool-actions.ts';
import { undoAction } from './undo.ts';
import { ungroupAction } from './ungroup.ts';
import { unlockAction } from './unlock.ts';
import { unlockAllAction } from './unlock-all.ts';
import { zoomInAction } from './zoom-in.ts';
import { zoomOutAction } from './zoom-out.ts';
import { zoomTo100Action } from './zoom-to-100.ts';
import { zoomToFitAction } from './zoom-to-fit.ts';
import { zoomToSelectionAction } from './zoom-to-selection.ts';

/** Every command, in help-panel order. Buttons, shortcuts and help all read this list. */
export const ACTIONS: readonly Action[] = [
  ...toolActions,
  toggleToolLockAction,
  undoAction,
  redoAction,
  copyAction,
  copyAsPngAction,
  copyAsSvgAction,
  cutAction,
  pasteAction,
  insertImageAction,
  duplicateSelectionAction,
  deleteSelectionAction,
  selectAllAction,
  editTextAction,
  ...nudgeActions,
  bringForwardAction,
  sendBackwardAction,
  bringToFrontAction,
  sendToBackAction,
  ...alignActions,
  groupAction,
  ungroupAction,
  toggleLockAction,
  unlockAction,
  unlockAllAction,
  zoomInAction,
  zoomOutAction,
  zoomTo100Action,
  zoomToFitAction,
  zoomToSelectionAction,
  toggleGridAction,
  toggleSnappingAction,
  toggleHelpAction,
  toggleHistoryAction,
  exportPngAction,
  exportSvgAction,
  exportPdfAction,
  exportJsonAction,
  importJsonAction,
];

/** The app's registry: what the board canvas hands to its editor and UI. */
export const APP_ACTIONS = new ActionRegistry(ACTIONS);
