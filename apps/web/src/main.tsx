import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { registerOfflineShell } from './app/offline-shell.ts';
import { applyTheme } from './app/theme.ts';
import './styles.css';

// Before the first render, so the page never flashes the wrong theme.
applyTheme();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
registerOfflineShell();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
