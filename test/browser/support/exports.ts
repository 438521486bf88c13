import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Runs an export from the main menu, as a person would, and returns the downloaded file. */
export async function downloadExport(
  page: Page,
  action: 'export-svg' | 'export-png' | 'export-pdf' | 'export-json',
): Promise<Buffer> {
  await page.getByTestId('menu-button').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(action).click(),
  ]);
  return readFile((await file.path())!);
}
