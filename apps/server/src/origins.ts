// Transaction origins on the server's room documents: stored rows being loaded, and
// updates another instance has already stored and published.
export const LOAD_ORIGIN = Symbol('load');
export const REMOTE_ORIGIN = Symbol('remote');
/** A restore of a version, applied by the server as an ordinary local change. */
export const RESTORE_ORIGIN = Symbol('restore');
