import { handleLinkClick } from '../app/router.ts';
import './overlays.css';

/** Shown over the board when the server refuses our link: it was replaced or never valid. */
export function AccessDenied() {
  return (
    <div className="access-denied-backdrop">
      <section className="panel access-denied" role="alertdialog" data-testid="access-denied">
        <h2>This link no longer opens the board</h2>
        <p>
          The board’s owner may have replaced it with a new one. Ask them for a fresh link. What you
          see here is this browser’s last copy.
        </p>
        <a href="/" className="button button-primary" onClick={handleLinkClick}>
          Go to your boards
        </a>
      </section>
    </div>
  );
}
