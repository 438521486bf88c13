import { randomBytes } from 'node:crypto';
import type { Store } from '../storage/store.ts';
import { Role, type LinkKind } from '@sketchroom/board-access';
import type { RoomAccess } from '../storage/room-access.ts';
import type { TokenSigner } from './tokens.ts';

/** What a connection may do in its room, and which link generation granted it. */
export interface Grant {
  role: Role;
  generation: number;
}

export interface BoardLinks {
  edit?: string;
  view?: string;
}

const openGrant: Grant = { role: Role.editor, generation: 0 };

/** Decides who may join a room, creates protected boards and rotates their links. */
export class AccessControl {
  constructor(
    private readonly store: Store,
    private readonly signer: TokenSigner,
    private readonly openRooms: boolean,
  ) {}

  /** A grant for a valid, current token; open rooms admit anyone when allowed; else null. */
  async authorize(room: string, token: string | null): Promise<Grant | null> {
    const access = await this.store.readAccess(room);
    if (!access) return this.openRooms ? openGrant : null;
    if (!token) return null;
    const claims = await this.signer.verify(token, room);
    if (!claims) return null;
    const grant = { role: claims.role, generation: claims.generation };
    return isCurrent(grant, access) ? grant : null;
  }

  /** A new protected board: an unguessable id and its owner, edit and view tokens. */
  async createBoard(): Promise<{
    roomId: string;
    ownerToken: string;
    links: Required<BoardLinks>;
  }> {
    const roomId = randomBytes(16).toString('base64url');
    if (!(await this.store.createAccess(roomId))) throw new Error('room id collision');
    const access = { room: roomId, editGeneration: 0, viewGeneration: 0 };
    const ownerToken = await this.signer.sign({ room: roomId, role: Role.owner, generation: 0 });
    return {
      roomId,
      ownerToken,
      links: (await this.linksFor(access, Role.owner)) as Required<BoardLinks>,
    };
  }

  /** The links a holder of `grant` may hand on: everyone the view link, editors the edit link too. */
  async links(room: string, grant: Grant): Promise<BoardLinks> {
    const access = await this.store.readAccess(room);
    if (!access) return {};
    return this.linksFor(access, grant.role);
  }

  rotate(room: string, link: LinkKind): Promise<RoomAccess | null> {
    return this.store.rotateLink(room, link);
  }

  private async linksFor(access: RoomAccess, role: Role): Promise<BoardLinks> {
    const room = access.room;
    const view = await this.signer.sign({
      room,
      role: Role.viewer,
      generation: access.viewGeneration,
    });
    if (role === Role.viewer) return { view };
    const edit = await this.signer.sign({
      room,
      role: Role.editor,
      generation: access.editGeneration,
    });
    return { edit, view };
  }
}

/** Owner tokens never expire; edit and view tokens live as long as their link's generation. */
export function isCurrent(grant: Grant, access: RoomAccess): boolean {
  if (grant.role === Role.owner) return true;
  if (grant.role === Role.editor) return grant.generation === access.editGeneration;
  return grant.generation === access.viewGeneration;
}
