import { BoardPage } from '../pages/BoardPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { parseRoute, useLocationPath } from './router.ts';

export function App() {
  const route = parseRoute(useLocationPath());
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'board':
      // Keyed by room only: the token in the address bar may be tidied without reconnecting.
      return <BoardPage key={route.roomId} roomId={route.roomId} linkToken={route.token} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
