import { rmSync } from 'node:fs';
import type { ServerOptions } from '../../src/index.ts';
import { startServer, type TestServer } from './server.ts';
import { databaseUrlFor, freshSchema } from './services.ts';

/** Every instance of one test signs links with this key, as a real deployment's AUTH_SECRET. */
export const sharedAuthSecret = 'one signing key shared by every instance of this test run';

export interface Cluster {
  instances: TestServer[];
  /** Stops every instance and drops the schema. */
  close(): Promise<void>;
}

/**
 * Several in-process servers sharing one fresh PostgreSQL schema and one Redis, the way
 * instances behind a load balancer share them. In-process, so tests can look at each
 * instance's connections and logs.
 */
export async function startCluster(
  count: number,
  redisUrl: string,
  options: ServerOptions = {},
): Promise<Cluster> {
  const schema = await freshSchema();
  const instances: TestServer[] = [];
  try {
    for (let i = 0; i < count; i++) {
      instances.push(
        await startServer({
          databaseUrl: databaseUrlFor(schema.schema),
          redisUrl,
          authSecret: sharedAuthSecret,
          ...options,
        }),
      );
    }
  } catch (error) {
    await Promise.allSettled(instances.map((instance) => instance.close()));
    await schema.drop();
    throw error;
  }
  return {
    instances,
    async close() {
      await Promise.allSettled(instances.map((instance) => instance.close()));
      for (const instance of instances) rmSync(instance.dataDir, { recursive: true, force: true });
      await schema.drop();
    },
  };
}
