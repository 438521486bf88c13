/**
 * Calls `onLoaded` each time the page finishes loading fonts (the bundled
 * hand-written font arrives after the first paint, and canvas text drawn before
 * it used the fallback). Returns the unsubscribe.
 */
export function whenFontsLoad(onLoaded: () => void): () => void {
  const fonts = globalThis.document?.fonts;
  if (!fonts) return () => undefined;
  fonts.addEventListener('loadingdone', onLoaded);
  return () => fonts.removeEventListener('loadingdone', onLoaded);
}
