import { Role, type LinkKind } from '@sketchroom/board-access';
import { useCallback, useEffect, useState } from 'react';
import { fetchLinks, rotateLink } from './board-api.ts';
import { rememberTokens, roleOfToken, tokensFor } from './board-tokens.ts';
import type { BoardConnection } from './connect-board.ts';
import { ConnectionStatuses, type ConnectionStatus } from './connection-status.ts';

export interface BoardAccess {
  /** What our token lets us do; a room opened without a token is open to editing. */
  readonly role: Role;
  /** Link tokens we may hand on, strongest first. */
  readonly editToken: string | null;
  readonly viewToken: string | null;
  /** The server refuses our token: the link was rotated or never valid. */
  readonly denied: boolean;
  /** Owner only (null otherwise): replaces a link, cutting off everyone who holds the old one. */
  readonly resetLink: ((link: LinkKind) => Promise<void>) | null;
}

/** Picks the token to join with, remembering one that arrived in a link. */
export function adoptLinkToken(roomId: string, linkToken: string | null): string | null {
  if (linkToken) rememberTokens(roomId, [linkToken]);
  const tokens = tokensFor(roomId);
  return tokens.owner ?? linkToken ?? tokens.editor ?? tokens.viewer ?? null;
}

/**
 * Our standing on the board. Links are refreshed from the server each time we connect
 * (an owner sees rotated links there), and a 4403 close or a 401 ends the session.
 */
export function useBoardAccess(
  connection: BoardConnection,
  token: string | null,
  status: ConnectionStatus,
): BoardAccess {
  const { roomId, provider } = connection;
  const [links, setLinks] = useState(() => storedLinks(roomId, token));
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    const onClosed = () => setDenied(true);
    provider.on('closed', onClosed);
    return () => provider.off('closed', onClosed);
  }, [provider]);

  // Asked on arrival and on every change of connection: a socket refused at the upgrade
  // looks like any network failure from here, and only this request tells the two apart.
  const connected = status === ConnectionStatuses.connected;
  useEffect(() => {
    let current = true;
    void fetchLinks(roomId, token).then((result) => {
      if (!current || result === null) return;
      if (result === 'denied') {
        setDenied(true);
        return;
      }
      rememberTokens(
        roomId,
        [result.edit, result.view].filter((t) => t !== undefined),
      );
      setLinks(storedLinks(roomId, token));
    });
    return () => {
      current = false;
    };
  }, [roomId, token, connected]);

  useEffect(() => {
    // Stop knocking on a door that will not open.
    if (denied) provider.disconnect();
  }, [denied, provider]);

  const role = (token && roleOfToken(token)) || Role.editor;
  const ownerToken = tokensFor(roomId).owner ?? null;
  const resetLink = useCallback(
    async (link: LinkKind) => {
      if (!ownerToken) return;
      const fresh = await rotateLink(roomId, ownerToken, link);
      rememberTokens(
        roomId,
        [fresh.edit, fresh.view].filter((t) => t !== undefined),
      );
      setLinks(storedLinks(roomId, token));
    },
    [roomId, ownerToken, token],
  );
  return { role, ...links, denied, resetLink: ownerToken ? resetLink : null };
}

function storedLinks(roomId: string, token: string | null) {
  const tokens = tokensFor(roomId);
  // A viewer hands on only the view link, whatever else this browser once held.
  const isViewer = token !== null && roleOfToken(token) === Role.viewer;
  return {
    editToken: isViewer ? null : (tokens.editor ?? null),
    viewToken: tokens.viewer ?? null,
  };
}
