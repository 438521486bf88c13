// The behaviour every AssetStore must have; run by the store contract of each adapter.
import { createHash, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AssetInfo, Store } from './store.ts';

function asset(size = 100): { info: AssetInfo; data: Uint8Array } {
  const data = new Uint8Array(randomBytes(size));
  const id = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  return { info: { id, mimeType: 'image/png', width: 3, height: 2, bytes: size }, data };
}

export function assetContract(store: () => Store) {
  it('stores the same bytes once however many boards upload them, and serves only owners', async () => {
    const { assets } = store();
    const before = await assets.stored();
    const image = asset(1_000);
    await assets.putAsset('img-a', image.info, image.data, 1_000);
    await assets.putAsset('img-a', image.info, image.data, 1_500);
    await assets.putAsset('img-b', image.info, image.data, 2_000);
    expect(await assets.stored()).toEqual({ count: before.count + 1, bytes: before.bytes + 1_000 });
    expect(await assets.ownedAsset('img-a', image.info.id)).toEqual(image.info);
    const read = await assets.readAsset('img-b', image.info.id);
    expect(Buffer.from(read!.data).equals(Buffer.from(image.data))).toBe(true);
    expect(await assets.ownedAsset('img-c', image.info.id)).toBeNull();
    expect(await assets.readAsset('img-c', image.info.id)).toBeNull();
    expect(await assets.usage('img-a')).toEqual({ count: 1, bytes: 1_000 });
    expect(await assets.usage('img-c')).toEqual({ count: 0, bytes: 0 });
  });

  it('ends ownership only for uploads older than the cut-off, and deletes bytes nobody owns', async () => {
    const { assets } = store();
    const shared = asset();
    const old = asset();
    await assets.putAsset('sweep-a', shared.info, shared.data, 100);
    await assets.putAsset('sweep-b', shared.info, shared.data, 100);
    await assets.putAsset('sweep-a', old.info, old.data, 100);
    expect(await assets.roomsOwningBefore(101, 'sweep-', 10)).toEqual(['sweep-a', 'sweep-b']);
    expect(await assets.roomsOwningBefore(101, 'sweep-a', 10)).toEqual(['sweep-b']);
    expect(await assets.roomsOwningBefore(100, 'sweep-', 10)).toEqual([]);
    const seen = await assets.ownedBefore('sweep-a', 101);
    expect(seen.map((row) => row.id).sort()).toEqual([shared.info.id, old.info.id].sort());
    expect(seen.every((row) => row.ownedAt === 100)).toBe(true);
    // A fresh upload of the same bytes renews the board's ownership: the sweep leaves it.
    await assets.putAsset('sweep-a', old.info, old.data, 5_000);
    expect(await assets.disown('sweep-a', seen)).toBe(1);
    expect(await assets.ownedAsset('sweep-a', old.info.id)).not.toBeNull();
    expect(await assets.ownedAsset('sweep-a', shared.info.id)).toBeNull();
    // Still owned by sweep-b: the bytes stay.
    await assets.deleteUnowned(1_000);
    expect(await assets.readAsset('sweep-b', shared.info.id)).not.toBeNull();
    const count = (await assets.stored()).count;
    expect(await assets.disown('sweep-b', await assets.ownedBefore('sweep-b', 101))).toBe(1);
    expect(await assets.deleteUnowned(1_000)).toBeGreaterThanOrEqual(1);
    expect((await assets.stored()).count).toBe(count - 1);
    expect(await assets.readAsset('sweep-b', shared.info.id)).toBeNull();
    // Uploaded again after its bytes were deleted, it is stored again in full.
    await assets.putAsset('sweep-c', shared.info, shared.data, 6_000);
    const again = await assets.readAsset('sweep-c', shared.info.id);
    expect(Buffer.from(again!.data).equals(Buffer.from(shared.data))).toBe(true);
  });

  it('keeps every upload whole when many boards upload and a sweep runs at once', async () => {
    const { assets } = store();
    const images = Array.from({ length: 5 }, () => asset(50_000));
    await Promise.all([
      ...images.flatMap((image, i) => [
        assets.putAsset(`race-${i}`, image.info, image.data, 10),
        assets.putAsset(`race-${i + 1}`, image.info, image.data, 10),
      ]),
      assets.deleteUnowned(1_000),
      assets.deleteUnowned(1_000),
    ]);
    for (const [i, image] of images.entries()) {
      const read = await assets.readAsset(`race-${i}`, image.info.id);
      expect(Buffer.from(read!.data).equals(Buffer.from(image.data))).toBe(true);
    }
  });

  it('keeps a board within its quota however many uploads check it at once', async () => {
    const { assets } = store();
    const images = Array.from({ length: 40 }, () => asset(1_000));
    const quota = { maxCount: 5, maxBytes: 1_000_000 };
    const answers = await Promise.all(
      images.map((image) => assets.putAsset('quota-count', image.info, image.data, 1, quota)),
    );
    expect(answers.filter((answer) => answer === null)).toHaveLength(5);
    expect(answers.filter((answer) => answer?.over === 'count')).toHaveLength(35);
    expect(await assets.usage('quota-count')).toEqual({ count: 5, bytes: 5_000 });
    // An image the board owns already is within its quota, even at the limit.
    const ownedOne = images[answers.indexOf(null)]!;
    expect(await assets.putAsset('quota-count', ownedOne.info, ownedOne.data, 2, quota)).toBeNull();

    const bytesQuota = { maxCount: 1_000, maxBytes: 3_500 };
    const byBytes = await Promise.all(
      images.map((image) => assets.putAsset('quota-bytes', image.info, image.data, 1, bytesQuota)),
    );
    expect(byBytes.filter((answer) => answer === null)).toHaveLength(3);
    expect(byBytes.filter((answer) => answer?.over === 'bytes')).toHaveLength(37);
    expect(await assets.usage('quota-bytes')).toEqual({ count: 3, bytes: 3_000 });
  });

  it('renews only ownerships that exist, and a renewal keeps the image from a sweep that read before it', async () => {
    const { assets } = store();
    const image = asset();
    await assets.putAsset('renew-a', image.info, image.data, 100);
    const seen = await assets.ownedBefore('renew-a', 101);
    // Renewed at the very same time: the date still changes, so the sweep's read is stale.
    expect(await assets.renew('renew-a', [image.info.id], 100)).toBe(1);
    expect(await assets.disown('renew-a', seen)).toBe(0);
    expect(await assets.ownedAsset('renew-a', image.info.id)).not.toBeNull();
    // A renewal never makes an owner.
    expect(await assets.renew('renew-b', [image.info.id], 200)).toBe(0);
    expect(await assets.ownedAsset('renew-b', image.info.id)).toBeNull();
    expect(await assets.disown('renew-a', await assets.ownedBefore('renew-a', 1_000))).toBe(1);
  });
}
