// Transaction origins used on the server's room documents.
export const LOAD_ORIGIN = Symbol('load');
