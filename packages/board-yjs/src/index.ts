export { Origin, isLocalTransaction, originName, transact, type OriginName } from './origin.ts';
export { BoardDoc, BoardImportError, type ShapeChanges, type ShapePatch } from './board-doc.ts';
export { createUndoManager, type BoardUndo, type UndoOptions } from './undo.ts';
export { readPresence, parsePresence, setLocalPresence, type PresenceState } from './presence.ts';
export { LASER_POINT_LIMIT, laserState, parseLaser, type LaserState } from './laser.ts';
export { diffText, replaceText, type TextSplice } from './text-diff.ts';
