import { createHash } from 'node:crypto';
import { request } from 'node:http';

export interface UploadedAsset {
  id: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
}

export const assetIdOf = (bytes: Uint8Array) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** The images API of one board, as the web app calls it. */
export function assetsApi(port: number, roomId: string, token: string | null) {
  const base = `http://127.0.0.1:${port}/api/boards/${encodeURIComponent(roomId)}/assets`;
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return {
    base,
    upload: (body: Uint8Array, contentType = 'application/octet-stream') =>
      fetch(base, { method: 'POST', headers: { ...auth, 'content-type': contentType }, body }),
    download: (id: string, method = 'GET') => fetch(`${base}/${id}`, { method, headers: auth }),
    /** As an <img> tag asks: the token in the query, no header. */
    downloadWithQuery: (id: string) =>
      fetch(`${base}/${id}?token=${encodeURIComponent(token ?? '')}`),
  };
}

/** Uploads and fails the test on any status but 201. */
export async function uploadOk(
  api: ReturnType<typeof assetsApi>,
  body: Uint8Array,
): Promise<UploadedAsset> {
  const response = await api.upload(body, 'image/png');
  if (response.status !== 201)
    throw new Error(`upload: ${response.status} ${await response.text()}`);
  return (await response.json()) as UploadedAsset;
}

export interface StreamedAnswer {
  status: number;
  body: string;
}

/**
 * Posts `total` bytes in `chunk`-sized writes with chunked encoding (no Content-Length), or with
 * the Content-Length given; resolves with the server's answer as soon as it comes, even while
 * the body is still being sent. With `abortAfterFirst`, sends `first` and goes away (rejects).
 */
export function streamUpload(
  url: string,
  token: string,
  total: number,
  options: { contentLength?: number; first?: Uint8Array; abortAfterFirst?: boolean } = {},
): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (options.contentLength !== undefined)
      headers['content-length'] = String(options.contentLength);
    const req = request(url, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
        req.destroy();
      });
    });
    let answered = false;
    req.on('response', () => (answered = true));
    // Writes after the answer may fail as the server closes; that is expected.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    let sent = 0;
    const piece = Buffer.alloc(64 * 1024, 7);
    if (options.first) {
      // Going away once the first bytes are out: the promise rejects.
      const flushed = () =>
        options.abortAfterFirst ? req.destroy(new Error('went away')) : undefined;
      req.write(options.first, flushed);
      sent += options.first.length;
      if (options.abortAfterFirst) return;
    }
    const pump = () => {
      while (sent < total && !answered) {
        const size = Math.min(piece.length, total - sent);
        sent += size;
        if (!req.write(piece.subarray(0, size))) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}
