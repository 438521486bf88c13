import { describe, expect, it } from 'vitest';
import { websocketBase } from './ws-url.ts';

describe('websocketBase', () => {
  it('keeps TLS: https pages talk wss', () => {
    expect(websocketBase('https://boards.example.org', false)).toBe('wss://boards.example.org');
  });

  it('uses ws for plain http and keeps the port', () => {
    expect(websocketBase('http://localhost:3000', false)).toBe('ws://localhost:3000');
  });

  it('goes through the /ws proxy in development', () => {
    expect(websocketBase('http://localhost:5173', true)).toBe('ws://localhost:5173/ws');
  });
});
