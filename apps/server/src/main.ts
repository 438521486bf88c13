// Reads configuration from the environment and starts the server; nothing else lives here.
import { ConfigError, readConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { createServer } from './server.ts';

let config: Config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`sketchroom: invalid configuration: ${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
let server: ReturnType<typeof createServer>;
try {
  server = createServer({ ...config, logger });
  await server.listen();
} catch (error) {
  process.stderr.write(
    `sketchroom: cannot start on ${config.host}:${config.port}: ${(error as Error).message}\n`,
  );
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
