import { handleLinkClick } from '../app/router.ts';
import { LogoMark } from '../ui/icons.tsx';
import './home-page.css';

export function NotFoundPage() {
  return (
    <main className="home-page">
      <section className="home-hero">
        <LogoMark size={48} />
        <h1>Nothing here</h1>
        <p className="home-tagline">This link does not lead to a board. Check it and try again.</p>
        <a href="/" className="button button-primary home-new" onClick={handleLinkClick}>
          Go to your boards
        </a>
      </section>
    </main>
  );
}
