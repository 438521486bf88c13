import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Polls until the value matches; generous, since reconnects back off for up to 2.5 s. */
export function eventually<T>(read: () => T | Promise<T>, timeout = 10_000) {
  return expect.poll(read, { timeout });
}

/** Reads and drives the board page's shell through its `data-testid` hooks. */
export class BoardDriver {
  constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<BoardDriver> {
    await page.goto(url);
    const board = new BoardDriver(page);
    await board.expectStatus('connected');
    return board;
  }

  roomId(): string {
    const match = /\/r\/([^/?#]+)/.exec(this.page.url());
    if (!match) throw new Error(`not on a board page: ${this.page.url()}`);
    return decodeURIComponent(match[1]!);
  }

  status(): Promise<string | null> {
    return this.page.getByTestId('connection-badge').getAttribute('data-status');
  }

  async expectStatus(status: 'connecting' | 'connected' | 'offline', timeout = 10_000) {
    await eventually(() => this.status(), timeout).toBe(status);
  }

  statusLabel(): Promise<string | null> {
    return this.page.getByTestId('connection-label').textContent();
  }

  title(): Promise<string> {
    return this.page.getByTestId('title-input').inputValue();
  }

  async rename(title: string): Promise<void> {
    const input = this.page.getByTestId('title-input');
    await input.click();
    await input.fill(title);
    await input.press('Enter');
  }

  async peopleCount(): Promise<number> {
    return Number(await this.page.getByTestId('people-count').textContent());
  }

  /** Names in the people list; yourself first, marked with a trailing " (you)". */
  personNames(): Promise<string[]> {
    return this.page.locator('[data-testid^="person-"]').evaluateAll((buttons) =>
      buttons.map((button) => {
        const name = button.getAttribute('data-name') ?? '';
        return button.hasAttribute('data-self') ? `${name} (you)` : name;
      }),
    );
  }

  /** Resolves once the service worker holds the app shell, so the page reloads offline. */
  async offlineShellReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  /** How many updates this browser's IndexedDB copy of the board holds (y-indexeddb's store). */
  savedUpdateCount(): Promise<number> {
    return this.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('updates').objectStore('updates').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
            count.onerror = () => reject(count.error);
          };
        }),
      `sketchroom:${this.roomId()}`,
    );
  }

  theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }
}
