import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { png } from '../../test/helpers/images.ts';
import { SqliteStore } from './sqlite-store.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function open() {
  const dir = mkdtempSync(join(tmpdir(), 'sketchroom-assets-'));
  dirs.push(dir);
  const assetsDir = join(dir, 'assets');
  return { store: new SqliteStore(join(dir, 'test.db'), { assetsDir }), assetsDir };
}

function asset(data: Buffer) {
  const hex = createHash('sha256').update(data).digest('hex');
  return {
    hex,
    info: { id: `sha256:${hex}`, mimeType: 'image/png', width: 3, height: 2, bytes: data.length },
  };
}

const allFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

describe('SqliteAssetStore files', () => {
  it('keeps each image as one file named by its hash, in a folder of its first two hex digits', async () => {
    const { store, assetsDir } = open();
    const data = png();
    const { hex, info } = asset(data);
    await store.assets.putAsset('room', info, data, 1);
    await store.assets.putAsset('other', info, data, 2);
    expect(allFiles(assetsDir)).toEqual([hex]);
    expect(readdirSync(join(assetsDir, hex.slice(0, 2)))).toEqual([hex]);
    await store.close();
  });

  it('stores nothing, and leaves no temporary file, when the file cannot be written', async () => {
    const { store, assetsDir } = open();
    const data = png();
    const { hex, info } = asset(data);
    // A file where the image's folder should be: every write fails.
    mkdirSync(assetsDir, { recursive: true });
    writeFileSync(join(assetsDir, hex.slice(0, 2)), 'in the way');
    await expect(store.assets.putAsset('room', info, data, 1)).rejects.toThrow();
    expect(await store.assets.ownedAsset('room', info.id)).toBeNull();
    expect(await store.assets.stored()).toEqual({ count: 0, bytes: 0 });
    expect(allFiles(assetsDir)).toEqual([hex.slice(0, 2)]);
    // Once the way is clear, the same upload stores it whole.
    rmSync(join(assetsDir, hex.slice(0, 2)));
    await store.assets.putAsset('room', info, data, 1);
    const read = await store.assets.readAsset('room', info.id);
    expect(Buffer.from(read!.data).equals(data)).toBe(true);
    await store.close();
  });

  it('deletes the file with the last owner', async () => {
    const { store, assetsDir } = open();
    const data = png();
    const { info } = asset(data);
    await store.assets.putAsset('room', info, data, 1);
    await store.assets.disown('room', await store.assets.ownedBefore('room', 2));
    expect(await store.assets.deleteUnowned(10)).toBe(1);
    expect(allFiles(assetsDir)).toEqual([]);
    await store.close();
  });

  it('leaves no temporary file when the write fails after it began, and the same upload then works', async () => {
    const { store, assetsDir } = open();
    const data = png();
    const { hex, info } = asset(data);
    // A folder where the image's file goes: the temporary file is written, its rename fails.
    const folder = join(assetsDir, hex.slice(0, 2));
    mkdirSync(join(folder, hex, 'inside'), { recursive: true });
    await expect(store.assets.putAsset('room', info, data, 1)).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([hex]);
    expect(await store.assets.stored()).toEqual({ count: 0, bytes: 0 });
    rmSync(join(folder, hex), { recursive: true });
    await store.assets.putAsset('room', info, data, 2);
    expect(readdirSync(folder)).toEqual([hex]);
    expect(Buffer.from((await store.assets.readAsset('room', info.id))!.data).equals(data)).toBe(
      true,
    );
    await store.close();
  });

  it('removes at start the temporary files a crash left, and only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sketchroom-assets-'));
    dirs.push(dir);
    const assetsDir = join(dir, 'assets');
    const first = new SqliteStore(join(dir, 'test.db'), { assetsDir });
    const data = png();
    const { hex, info } = asset(data);
    await first.assets.putAsset('room', info, data, 1);
    await first.close();
    // What a crash between write and rename leaves: half an image under a temporary name.
    const folder = join(assetsDir, hex.slice(0, 2));
    const left = `${hex}.0123456789ab.tmp`;
    writeFileSync(join(folder, left), data.subarray(0, 10));
    const other = join(assetsDir, 'ff', `${'f'.repeat(64)}.a1b2c3d4e5f6.tmp`);
    mkdirSync(join(assetsDir, 'ff'));
    writeFileSync(other, 'half');
    writeFileSync(join(folder, 'notes.tmp'), 'not ours');

    const second = new SqliteStore(join(dir, 'test.db'), { assetsDir });
    await second.init();
    expect(readdirSync(folder).sort()).toEqual([hex, 'notes.tmp'].sort());
    expect(readdirSync(join(assetsDir, 'ff'))).toEqual([]);
    expect(Buffer.from((await second.assets.readAsset('room', info.id))!.data).equals(data)).toBe(
      true,
    );
    await second.close();
  });
});
