import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../admission.ts';
import { AddressBuckets } from '../limits/address-buckets.ts';
import { isOriginAllowed } from '../origin-check.ts';
import { hasBearer } from './bearer.ts';

export interface BoardCreationSettings {
  boardCreation: 'open' | 'token';
  adminToken?: string;
  boardsPerHour: number;
  trustProxy: boolean;
  allowedOrigins?: readonly string[];
}

export type CreationRefusal = { status: 401 | 403 | 429; error: string };

/**
 * Who may create a board, and how often. Each board is a row kept for good, so creation is
 * limited per client address; pages of other sites may not create boards with a visitor's
 * browser; and an operator can keep creation to holders of the admin token.
 */
export class BoardCreation {
  private readonly perAddress: AddressBuckets;

  constructor(private readonly settings: BoardCreationSettings) {
    this.perAddress = new AddressBuckets(settings.boardsPerHour / 3600, settings.boardsPerHour);
  }

  refusal(request: IncomingMessage): CreationRefusal | null {
    if (!isOriginAllowed(request, this.settings.allowedOrigins ?? []))
      return { status: 403, error: 'boards cannot be created from another site' };
    if (this.settings.boardCreation === 'token' && !hasBearer(request, this.settings.adminToken!))
      return { status: 401, error: 'creating boards needs the admin token on this server' };
    if (!this.perAddress.take(clientAddress(request, this.settings.trustProxy)))
      return { status: 429, error: 'too many boards created from this address; try again later' };
    return null;
  }
}
