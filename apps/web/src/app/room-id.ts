// 16 random bytes = 128 bits: a room link is its own secret, so it must not be guessable.
const roomIdBytes = 16;
const roomIdPattern = /^[A-Za-z0-9_-]{1,128}$/;

export function createRoomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(roomIdBytes));
  return toBase64Url(bytes);
}

/** Room ids we are willing to open: base64url characters only, so they are safe in a path. */
export function isValidRoomId(id: string): boolean {
  return roomIdPattern.test(id);
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
