import { Counter, Gauge, Histogram, Registry } from 'prom-client';

const latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** The server's Prometheus metrics; one registry per server so tests can run several. */
export function createMetrics(counts: { connections(): number; rooms(): number }) {
  const registry = new Registry();
  const metrics = {
    registry,
    connections: new Gauge({
      name: 'sketchroom_connections',
      help: 'Open WebSocket connections',
      registers: [registry],
      collect() {
        this.set(counts.connections());
      },
    }),
    rooms: new Gauge({
      name: 'sketchroom_rooms',
      help: 'Rooms loaded in memory',
      registers: [registry],
      collect() {
        this.set(counts.rooms());
      },
    }),
    messagesIn: new Counter({
      name: 'sketchroom_messages_in_total',
      help: 'Protocol messages received',
      registers: [registry],
    }),
    messagesOut: new Counter({
      name: 'sketchroom_messages_out_total',
      help: 'Protocol messages sent',
      registers: [registry],
    }),
    bytesIn: new Counter({
      name: 'sketchroom_bytes_in_total',
      help: 'Protocol bytes received',
      registers: [registry],
    }),
    bytesOut: new Counter({
      name: 'sketchroom_bytes_out_total',
      help: 'Protocol bytes sent',
      registers: [registry],
    }),
    droppedUpdates: new Counter({
      name: 'sketchroom_viewer_updates_dropped_total',
      help: 'Writes from view-only connections that were dropped',
      registers: [registry],
    }),
    updateApplySeconds: new Histogram({
      name: 'sketchroom_update_apply_seconds',
      help: 'Time to decode and apply one client update',
      buckets: latencyBuckets,
      registers: [registry],
    }),
    storageWriteSeconds: new Histogram({
      name: 'sketchroom_storage_write_seconds',
      help: 'Time to write one group-commit batch',
      buckets: latencyBuckets,
      registers: [registry],
    }),
    updatesStored: new Counter({
      name: 'sketchroom_updates_stored_total',
      help: 'Document updates written to storage',
      registers: [registry],
    }),
    bytesStored: new Counter({
      name: 'sketchroom_stored_bytes_total',
      help: 'Bytes of document updates written to storage',
      registers: [registry],
    }),
    roomLoads: new Counter({
      name: 'sketchroom_room_loads_total',
      help: 'Rooms loaded from storage, by result',
      labelNames: ['result'],
      registers: [registry],
    }),
    roomUnloads: new Counter({
      name: 'sketchroom_room_unloads_total',
      help: 'Rooms flushed and unloaded from memory',
      registers: [registry],
    }),
    redisPublishSeconds: new Histogram({
      name: 'sketchroom_redis_publish_seconds',
      help: 'Time for Redis to acknowledge one publish',
      buckets: latencyBuckets,
      registers: [registry],
    }),
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
