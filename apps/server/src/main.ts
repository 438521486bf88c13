// Reads configuration from the environment and starts the server; nothing else lives here.
import { ConfigError, readConfig, type Config } from './config.ts';
import { createLogger, flushLogs } from './logger.ts';
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

function exit(code: number, flushMs = 500): void {
  void flushLogs(flushMs).then(() => process.exit(code));
}

// R11. Shutdown is bounded whatever a room, a store or the log does, and a second signal
// ends the process at once.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn({ signal }, 'second signal; exiting now');
      return exit(1, 100);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown timed out; exiting');
      exit(1);
    }, config.shutdownTimeoutMs);
    server.close().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  });
}
