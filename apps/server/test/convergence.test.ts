import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectClient, contentOf, waitFor, type Client } from './helpers/clients.ts';
import { seededRandom } from './helpers/random.ts';
import { withServer } from './helpers/server.ts';

type Random = ReturnType<typeof seededRandom>;

function randomEdit(doc: Y.Doc, random: Random, tag: string): void {
  const map = doc.getMap('data');
  const list = doc.getArray<string>('list');
  const text = doc.getText('text');
  switch (random.int(5)) {
    case 0:
      map.set(`key${random.int(8)}`, `${tag}-${random.int(1000)}`);
      return;
    case 1:
      return map.delete(`key${random.int(8)}`);
    case 2:
      return list.insert(random.int(list.length + 1), [tag]);
    case 3:
      if (list.length > 0) list.delete(random.int(list.length), 1);
      return;
    default:
      return text.insert(random.int(text.length + 1), tag.slice(0, 3));
  }
}

describe('seeded random editing with disconnects', () => {
  for (const seed of [1, 7, 42, 1234, 99999]) {
    it(`converges for seed ${seed}`, () =>
      withServer({}, async ({ url }) => {
        const random = seededRandom(seed);
        const clients: Client[] = Array.from({ length: 4 }, () => connectClient(url, 'chaos'));
        try {
          await Promise.all(clients.map((client) => client.synced()));
          for (let step = 0; step < 600; step++) {
            const client = random.pick(clients);
            const roll = random.next();
            if (roll < 0.03 && client.provider.wsconnected) client.provider.disconnect();
            else if (roll < 0.08 && !client.provider.shouldConnect) client.provider.connect();
            else randomEdit(client.doc, random, `c${clients.indexOf(client)}s${step}`);
            if (step % 25 === 0)
              await new Promise((resolve) => setTimeout(resolve, random.int(20)));
          }
          for (const client of clients)
            if (!client.provider.shouldConnect) client.provider.connect();
          await Promise.all(clients.map((client) => client.synced()));
          const same = () =>
            clients.every(
              (c) =>
                JSON.stringify(contentOf(c.doc)) === JSON.stringify(contentOf(clients[0]!.doc)),
            );
          await waitFor(same, 'all four clients to converge');
          const late = connectClient(url, 'chaos');
          await late.synced();
          await waitFor(
            () =>
              JSON.stringify(contentOf(late.doc)) === JSON.stringify(contentOf(clients[0]!.doc)),
            'late joiner',
          );
          expect(contentOf(late.doc)).toEqual(contentOf(clients[0]!.doc));
          late.destroy();
        } finally {
          clients.forEach((client) => client.destroy());
        }
      }));
  }
});
