// WebSocket close codes (RFC 6455 §7.4.1) the server sends, and the one application code.
export const CloseCode = {
  goingAway: 1001,
  protocolError: 1002,
  unsupportedData: 1003,
  invalidPayload: 1007,
  policyViolation: 1008,
  messageTooBig: 1009,
  internalError: 1011,
  /** Application code: the token this connection joined with was revoked by a link rotation. */
  linkRevoked: 4403,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
