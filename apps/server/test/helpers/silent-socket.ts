import { connect, type Socket } from 'node:net';

export interface SilentSocket {
  socket: Socket;
  /** Resolves with the close code of the server's close frame, when one arrives. */
  closeFrame: Promise<number>;
}

/**
 * A WebSocket peer that completes the opening handshake, reads what the server sends and never
 * answers anything, not even the server's close frame: a server waiting for the closing
 * handshake waits on it.
 */
export function openSilentSocket(port: number, room: string): Promise<SilentSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', reject);
    socket.write(
      [
        `GET /${room} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        'Connection: Upgrade',
        'Upgrade: websocket',
        'Sec-WebSocket-Version: 13',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        '',
        '',
      ].join('\r\n'),
    );
    let buffered = Buffer.alloc(0);
    let upgraded = false;
    let onClose: (code: number) => void = () => undefined;
    const closeFrame = new Promise<number>((done) => (onClose = done));
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (!upgraded) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const status = buffered.subarray(0, buffered.indexOf('\r\n')).toString();
        if (!status.includes(' 101 ')) return reject(new Error(`upgrade refused: ${status}`));
        upgraded = true;
        buffered = buffered.subarray(end + 4);
        resolve({ socket, closeFrame });
      }
      // Server frames are unmasked: opcode, then a 7-bit, 16-bit or 64-bit length.
      for (;;) {
        if (buffered.length < 2) return;
        const opcode = buffered[0]! & 0x0f;
        let length = buffered[1]! & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffered.length < 4) return;
          length = buffered.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffered.length < 10) return;
          length = Number(buffered.readBigUInt64BE(2));
          offset = 10;
        }
        if (buffered.length < offset + length) return;
        const payload = buffered.subarray(offset, offset + length);
        buffered = buffered.subarray(offset + length);
        if (opcode === 0x8) onClose(payload.length >= 2 ? payload.readUInt16BE(0) : 1005);
      }
    });
  });
}
