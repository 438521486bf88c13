import * as Y from 'yjs';
import type { HookRoom, ServerHooks } from '../hooks.ts';
import type { Logger } from '../logger.ts';
import { ASSET_ID } from '../storage/asset-rows.ts';
import type { AssetStore } from '../storage/store.ts';
import { SHAPES } from '../versions/deleted-shapes.ts';

/** Ids one room renews per tick at most; a board owns far fewer images than this matters for. */
const MAX_RENEWED_PER_TICK = 1_000;

/**
 * Dates a board's ownership of an image to now whenever a shape showing it comes onto the
 * board (pasted again from the local copy without an upload, brought back by an undo, a
 * restore or another instance), so the sweep's grace period counts from the last time the
 * image was placed, and a sweep that read the older date keeps it (see AssetStore.disown).
 * Renewal never makes a new owner: a shape naming another board's image gains nothing.
 */
export function assetRenewalHooks(assets: AssetStore, now: () => number, log: Logger): ServerHooks {
  return {
    // Not awaited: the room is still loading, and what it loads is not a new placement.
    onLoadRoom: ({ loaded }) => void loaded.then((room) => watch(room, assets, now, log), noop),
  };
}

const noop = () => undefined;

function watch(room: HookRoom, assets: AssetStore, now: () => number, log: Logger): void {
  const shapes = room.doc.getMap(SHAPES);
  const pending = new Set<string>();
  const add = (shape: unknown) => {
    if (!(shape instanceof Y.Map) || pending.size >= MAX_RENEWED_PER_TICK) return;
    const asset: unknown = shape.get('asset');
    if (typeof asset !== 'string' || !ASSET_ID.test(asset)) return;
    if (pending.size === 0) setImmediate(flush);
    pending.add(asset);
  };
  const flush = () => {
    const ids = [...pending];
    pending.clear();
    assets
      .renew(room.name, ids, now())
      .catch((error: unknown) => log.warn({ err: error }, 'image ownership renewal failed'));
  };
  shapes.observeDeep((events) => {
    for (const event of events) {
      if (event.target === shapes) {
        for (const [key, change] of event.changes.keys)
          if (change.action !== 'delete') add(shapes.get(key));
      } else if (event.target.parent === shapes && event instanceof Y.YMapEvent) {
        if (event.keysChanged.has('asset')) add(event.target);
      }
    }
  });
}
