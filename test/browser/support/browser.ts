import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium.ts';

/** Chromium for the browser tests: the shared launch, nothing added. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface PersonOptions {
  /** Stored as this person's identity before the app loads, so tests know the names. */
  name?: string;
  color?: string;
  colorScheme?: 'light' | 'dark';
  /** Grants clipboard access for this origin. */
  clipboardOrigin?: string;
  /** Window size; 1280×800 unless given (phones and tablets for layout tests). */
  viewport?: { width: number; height: number };
  /** A touch screen, so tests can long-press and tap. */
  hasTouch?: boolean;
}

export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** A separate browser profile (its own storage and IndexedDB), as a second person would have. */
export async function newPerson(browser: Browser, options: PersonOptions = {}): Promise<Person> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    hasTouch: options.hasTouch ?? false,
    colorScheme: options.colorScheme ?? 'light',
  });
  if (options.clipboardOrigin) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: options.clipboardOrigin,
    });
  }
  if (options.name) {
    const identity = { name: options.name, color: options.color ?? '#1971c2' };
    await context.addInitScript((stored) => {
      if (!localStorage.getItem('sketchroom:identity')) {
        localStorage.setItem('sketchroom:identity', stored);
      }
    }, JSON.stringify(identity));
  }
  const page = await context.newPage();
  return { context, page };
}

const shotsDir = process.env.SKETCHROOM_SHOTS_DIR;

/** Saves a screenshot when SKETCHROOM_SHOTS_DIR is set, for looking at the UI by eye. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  await mkdir(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`) });
}
