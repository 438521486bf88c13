import type { LinkKind } from '@sketchroom/board-access';
import type { RoomAccess } from './room-access.ts';
import type {
  AccessRecords,
  AssetStore,
  DocumentLog,
  Fold,
  Store,
  StoredUpdate,
  VersionStore,
} from './store.ts';

/** A Store made of its parts; it answers the document log's and access records' calls through them. */
export abstract class StoreOfParts implements Store {
  abstract readonly name: string;
  constructor(
    readonly documents: DocumentLog,
    readonly accessRecords: AccessRecords,
    readonly versions: VersionStore,
    readonly assets: AssetStore,
  ) {}

  abstract init(): Promise<void>;
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;

  load(room: string) {
    return this.documents.load(room);
  }

  append(batch: readonly StoredUpdate[]) {
    return this.documents.append(batch);
  }

  compact(room: string, fold?: Fold) {
    return this.documents.compact(room, fold);
  }

  readAccess(room: string): Promise<RoomAccess | null> {
    return this.accessRecords.readAccess(room);
  }

  createAccess(room: string) {
    return this.accessRecords.createAccess(room);
  }

  rotateLink(room: string, link: LinkKind) {
    return this.accessRecords.rotateLink(room, link);
  }
}
