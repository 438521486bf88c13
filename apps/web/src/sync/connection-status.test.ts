import { describe, expect, it } from 'vitest';
import { deriveStatus } from './connection-status.ts';

describe('deriveStatus', () => {
  it('is connecting until the first sync or failure', () => {
    expect(deriveStatus({ browserOnline: true, synced: false, hasFailed: false })).toBe(
      'connecting',
    );
  });

  it('is connected once synced', () => {
    expect(deriveStatus({ browserOnline: true, synced: true, hasFailed: false })).toBe('connected');
  });

  it('stays offline while retrying after a failure', () => {
    expect(deriveStatus({ browserOnline: true, synced: false, hasFailed: true })).toBe('offline');
  });

  it('trusts the browser when it says the network is gone', () => {
    expect(deriveStatus({ browserOnline: false, synced: true, hasFailed: false })).toBe('offline');
  });
});
