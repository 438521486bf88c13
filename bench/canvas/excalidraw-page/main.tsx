// The reference page: stock Excalidraw, full window, showing the benchmark scene.
import { Excalidraw } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import { createRoot } from 'react-dom/client';
import { generateScene } from '../scene.ts';
import { installBenchHooks } from './bench-hooks.ts';
import { toExcalidrawElements } from './excalidraw-scene.ts';

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string;
  }
}

// Fonts come from the bench's static server, never from Excalidraw's CDN.
window.EXCALIDRAW_ASSET_PATH = '/';

const count = Number(new URLSearchParams(location.search).get('n') ?? '1000');
const scene = generateScene(count);
const elements = toExcalidrawElements(scene);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <Excalidraw
    initialData={{ elements, appState: { viewBackgroundColor: '#ffffff' } }}
    excalidrawAPI={(api) => installBenchHooks(api, scene)}
  />,
);
