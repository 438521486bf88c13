import { useEffect, useRef, useState } from 'react';
import type { HistoryAccess } from './history-api.ts';
import { thumbnailOf } from './version-cache.ts';

/** A version's small picture, drawn only once its row scrolls into view. */
export function Thumbnail(props: { access: HistoryAccess; id: string; theme: 'light' | 'dark' }) {
  const { access, id, theme } = props;
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [url, setUrl] = useState<string | null | 'failed'>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return undefined;
    let current = true;
    thumbnailOf(access, id, theme).then(
      (found) => {
        if (!current) return;
        setUrl(found);
        setDrawn(true);
      },
      () => current && setUrl('failed'),
    );
    return () => {
      current = false;
    };
  }, [visible, access, id, theme]);

  return (
    <div className="sr-history-thumb" ref={box} aria-hidden="true">
      {url && url !== 'failed' && <img src={url} alt="" data-testid="history-thumb" />}
      {url === null && drawn && <span className="sr-history-empty">Empty</span>}
    </div>
  );
}
