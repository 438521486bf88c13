import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// The one way the browser tests and the canvas benchmarks start Chromium: Debian's, never a
// downloaded build, headless, with the same quiet flags; callers add their own on top.

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: [...BASE_ARGS, ...extraArgs] });
}
