/** The hashed assets an index.html names: what the offline shell must keep to start. */
export function assetsNamedIn(html: string): string[] {
  const paths = [...html.matchAll(/(?:src|href)="(\/assets\/[^"?#]+)"/g)].map((m) => m[1]!);
  return [...new Set(paths)];
}

/**
 * The hashed assets a stylesheet names with url(): the bundled fonts, which the
 * offline shell must keep too (index.html names only the stylesheet).
 */
export function assetsNamedInCss(css: string): string[] {
  const paths = [...css.matchAll(/url\(\s*["']?(\/assets\/[^"')?#\s]+)/g)].map((m) => m[1]!);
  return [...new Set(paths)];
}

/** Assets to drop after a deploy: named by the old shell, not by the new one. */
export function staleAssets(oldHtml: string | null, newHtml: string): string[] {
  if (oldHtml === null) return [];
  const fresh = new Set(assetsNamedIn(newHtml));
  return assetsNamedIn(oldHtml).filter((path) => !fresh.has(path));
}
