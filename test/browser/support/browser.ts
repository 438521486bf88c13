import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium: tests never download a browser of their own.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface PersonOptions {
  /** Stored as this person's identity before the app loads, so tests know the names. */
  name?: string;
  color?: string;
  colorScheme?: 'light' | 'dark';
  /** Grants clipboard access for this origin. */
  clipboardOrigin?: string;
}

export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** A separate browser profile (its own storage and IndexedDB), as a second person would have. */
export async function newPerson(browser: Browser, options: PersonOptions = {}): Promise<Person> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
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
