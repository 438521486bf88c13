/** A protected room's current link generations; a token of an older generation is revoked. */
export interface RoomAccess {
  room: string;
  editGeneration: number;
  viewGeneration: number;
}
