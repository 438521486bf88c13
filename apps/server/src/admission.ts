import type { IncomingMessage } from 'node:http';
import { AddressBuckets } from './limits/address-buckets.ts';
import type { RoomRegistry } from './room-registry.ts';

export interface AdmissionLimits {
  maxConnections: number;
  maxRooms: number;
  maxConnectionsPerAddress: number;
  maxRoomConnections: number;
  /** Upgrades one client address may start per minute (also the burst). */
  connectionsPerMinute: number;
  trustProxy: boolean;
}

export interface Slot {
  readonly address: string;
  release(): void;
}

export type Refusal = { status: 429 | 503; reason: string };

/**
 * Share of the server's connections and rooms that new rooms may use: the rest is kept for the
 * members of rooms already open, so that filling the server does not lock people out of their
 * own boards.
 */
const newRoomShare = 0.9;

/**
 * Who may take one more connection: per client address, per room and per server. A slot is
 * held from the upgrade request until the connection closes, so in-flight upgrades count too.
 */
export class Admission {
  private readonly byAddress = new Map<string, number>();
  private readonly byRoom = new Map<string, number>();
  private total = 0;
  private readonly upgradesByAddress: AddressBuckets;

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly rooms: RoomRegistry,
  ) {
    this.upgradesByAddress = new AddressBuckets(
      limits.connectionsPerMinute / 60,
      limits.connectionsPerMinute,
    );
  }

  reserve(request: IncomingMessage, room: string): Slot | Refusal {
    const { maxConnections, maxRooms, maxConnectionsPerAddress, maxRoomConnections } = this.limits;
    const address = clientAddress(request, this.limits.trustProxy);
    if ((this.byAddress.get(address) ?? 0) >= maxConnectionsPerAddress)
      return { status: 429, reason: 'too many connections from this address' };
    // Reconnecting over and over buys fresh per-connection budgets: the churn is limited too.
    if (!this.upgradesByAddress.take(address))
      return { status: 429, reason: 'too many new connections from this address' };
    const inRoom = this.byRoom.get(room) ?? 0;
    if (inRoom >= maxRoomConnections) return { status: 503, reason: 'room is full' };
    const hasMembers = inRoom > 0 && this.rooms.isLoaded(room);
    const connectionCap = hasMembers ? maxConnections : Math.floor(maxConnections * newRoomShare);
    if (this.total >= Math.max(1, connectionCap))
      return { status: 503, reason: 'server at connection capacity' };
    if (
      !this.rooms.isLoaded(room) &&
      this.rooms.size >= Math.max(1, Math.floor(maxRooms * newRoomShare))
    )
      return { status: 503, reason: 'server at room capacity' };
    this.add(address, room, 1);
    let released = false;
    return {
      address,
      release: () => {
        if (released) return;
        released = true;
        this.add(address, room, -1);
      },
    };
  }

  private add(address: string, room: string, delta: number): void {
    this.total += delta;
    bump(this.byAddress, address, delta);
    bump(this.byRoom, room, delta);
  }
}

function bump(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/**
 * The client's address. Behind a reverse proxy every socket comes from the proxy, so with
 * `trustProxy` the last X-Forwarded-For entry (the one the proxy itself added) is used instead.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
    const last = header?.split(',').pop()?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}
