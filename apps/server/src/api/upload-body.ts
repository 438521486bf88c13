import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyError } from './read-body.ts';

/** The client went away before the whole body arrived: there is nobody to answer. */
export class UploadAborted extends Error {
  override name = 'UploadAborted';
}

/** How long a refused upload's sender may keep sending after the answer before it is cut off. */
const DRAIN_MS = 10_000;

/**
 * Reads a raw body of at most `maxBytes`, never holding more: a declared Content-Length over
 * it is refused before a byte is read, and a body that streams past it (chunked, or lying
 * about its length) is refused as soon as it does. A body still arriving after `timeoutMs`
 * (a sender trickling bytes to hold the request open) is refused too. Throws BodyError(413 or
 * 408) or UploadAborted.
 */
export function readUploadBody(
  request: IncomingMessage,
  maxBytes: number,
  timeoutMs: number,
): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      request.off('error', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        stop();
        chunks.length = 0;
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = () => {
      stop();
      reject(new UploadAborted('upload aborted'));
    };
    const timer = setTimeout(() => {
      stop();
      chunks.length = 0;
      reject(new BodyError(408, `the image did not arrive within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('close', onClose);
    request.on('error', onClose);
  });
}

const tooLarge = (maxBytes: number) =>
  new BodyError(413, `the image is over the limit of ${maxBytes} bytes`);

/**
 * Answers a refused upload and closes the connection once the answer is out. The rest of the
 * body is read and thrown away (so the sender sees the answer rather than a reset), for a
 * while at most.
 */
export function refuseUpload(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  error: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'cache-control': 'no-store',
    connection: 'close',
  });
  response.end(JSON.stringify({ error }));
  if (request.complete) return;
  request.resume();
  const cut = setTimeout(() => request.socket.destroy(), DRAIN_MS);
  cut.unref();
  request.socket.once('close', () => clearTimeout(cut));
}
