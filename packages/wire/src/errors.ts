/** Bytes that are not a well-formed message. Every decoding failure surfaces as one of these. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/**
 * A well-formed awareness state that is too large or too deeply nested to accept. A subclass,
 * so a guard for ProtocolError still catches it, while callers can answer it differently.
 */
export class AwarenessLimitError extends ProtocolError {
  override name = 'AwarenessLimitError';
}
