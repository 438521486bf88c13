import { databaseUrl, freshSchema } from '../../test/helpers/services.ts';
import { PostgresStore } from './postgres-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('PostgreSQL', async () => {
  const { schema, drop } = await freshSchema();
  return { store: new PostgresStore(databaseUrl, { schema }), cleanup: drop };
});
