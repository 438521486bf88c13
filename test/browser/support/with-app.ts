import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { startAppServer, type AppServer, type AppServerOptions } from '../../support/app-server.ts';
import { launchBrowser, newPerson, type Person, type PersonOptions } from './browser.ts';

export interface AppFixture {
  /** The real server serving the built app (started once for the file). */
  readonly app: AppServer;
  readonly browser: Browser;
  /** A fresh browser profile, closed after the test that made it. */
  person(options?: PersonOptions): Promise<Person>;
}

/**
 * The setup every browser test file shares: call it once inside `describe`. It starts the
 * app server and Chromium before the file's tests, closes every person a test opened after
 * that test (even a failed one), and stops both at the end.
 */
export function withApp(options: AppServerOptions = {}): AppFixture {
  // Several browsers and servers share the machine when the suite runs in parallel: a test
  // that takes 12 s alone can pass 30 s under that load without anything being wrong.
  vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  const people: Person[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(options), launchBrowser()]);
  });

  afterEach(async () => {
    const open = people.splice(0);
    await Promise.all(open.map((person) => person.context.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };
  return {
    get app() {
      return started(app, 'the app server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    async person(options) {
      const person = await newPerson(started(browser, 'the browser'), options);
      people.push(person);
      return person;
    },
  };
}
