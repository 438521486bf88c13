import { describe, expect, it } from 'vitest';
import { assetsNamedIn, assetsNamedInCss, staleAssets } from './shell-assets.ts';

const shell = (js: string, css: string) => `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/${js}"></script>
<link rel="stylesheet" crossorigin href="/assets/${css}">
<link rel="icon" href="data:image/svg+xml,x" /></head><body></body></html>`;

describe('assetsNamedIn', () => {
  it('finds the script and stylesheet Vite writes into index.html', () => {
    expect(assetsNamedIn(shell('index-A1.js', 'index-B2.css'))).toEqual([
      '/assets/index-A1.js',
      '/assets/index-B2.css',
    ]);
  });

  it('ignores anything outside /assets/', () => {
    expect(assetsNamedIn('<a href="/r/room">x</a><img src="/robots.txt">')).toEqual([]);
  });
});

describe('assetsNamedInCss', () => {
  it('finds the bundled font files a stylesheet names, quoted or not, once each', () => {
    const css =
      "@font-face{src:url(/assets/caveat-latin-A1.woff2) format('woff2')}" +
      '@font-face{src:url("/assets/caveat-ext-B2.woff2")}' +
      "@font-face{src:url('/assets/caveat-latin-A1.woff2')}.x{background:url(data:image/png;base64,AA)}";
    expect(assetsNamedInCss(css)).toEqual([
      '/assets/caveat-latin-A1.woff2',
      '/assets/caveat-ext-B2.woff2',
    ]);
  });

  it('ignores urls outside /assets/', () => {
    expect(
      assetsNamedInCss('a{background:url(/robots.txt)} b{src:url(https://x.test/f.woff2)}'),
    ).toEqual([]);
  });
});

describe('staleAssets', () => {
  it('drops the previous deploy’s files only', () => {
    const before = shell('index-A1.js', 'index-B2.css');
    const after = shell('index-C3.js', 'index-B2.css');
    expect(staleAssets(before, after)).toEqual(['/assets/index-A1.js']);
  });

  it('drops nothing on the first install or an unchanged deploy', () => {
    const html = shell('index-A1.js', 'index-B2.css');
    expect(staleAssets(null, html)).toEqual([]);
    expect(staleAssets(html, html)).toEqual([]);
  });
});
