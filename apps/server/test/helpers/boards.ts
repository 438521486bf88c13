export interface CreatedBoard {
  roomId: string;
  ownerToken: string;
  links: { edit: string; view: string };
}

/** Creates a protected board through the HTTP API, as the web app does. */
export async function createBoard(port: number): Promise<CreatedBoard> {
  const response = await fetch(`http://127.0.0.1:${port}/api/boards`, { method: 'POST' });
  if (response.status !== 201) throw new Error(`board creation failed: ${response.status}`);
  return (await response.json()) as CreatedBoard;
}

export function boardApi(port: number, roomId: string, token: string) {
  const base = `http://127.0.0.1:${port}/api/boards/${roomId}/links`;
  const headers = { authorization: `Bearer ${token}` };
  return {
    links: () => fetch(base, { headers }),
    rotate: (link: 'edit' | 'view') => fetch(`${base}/${link}/rotate`, { method: 'POST', headers }),
  };
}
