/** The versions API of one board, as the web app would call it. */
export function versionsApi(port: number, roomId: string, token: string | null) {
  const base = `http://127.0.0.1:${port}/api/boards/${encodeURIComponent(roomId)}/versions`;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const send = (path: string, method: string, body?: string) =>
    fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body,
    });
  return {
    base,
    list: () => send('', 'GET'),
    name: (name: unknown) => send('', 'POST', JSON.stringify({ name })),
    get: (id: string) => send(`/${id}`, 'GET'),
    restore: (id: string) => send(`/${id}/restore`, 'POST'),
    setHistoryForViewers: (value: unknown) =>
      send('', 'PATCH', JSON.stringify({ historyForViewers: value })),
    send,
  };
}

export interface VersionSummary {
  id: string;
  createdAt: number;
  kind: 'auto' | 'named' | 'protective' | 'restore';
  name?: string;
  authors: { name: string; color: string }[];
  shapes: number;
}

/** The board's versions, newest first; fails the test on any status but 200. */
export async function listVersions(api: ReturnType<typeof versionsApi>): Promise<VersionSummary[]> {
  const response = await api.list();
  if (response.status !== 200) throw new Error(`listing versions: ${response.status}`);
  return ((await response.json()) as { versions: VersionSummary[] }).versions;
}
