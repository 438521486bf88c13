import { useEffect, useRef } from 'react';
import { CheckIcon } from './icons.tsx';

interface ShareLinkRowProps {
  kind: 'edit' | 'view';
  label: string;
  url: string;
  copied: boolean;
  /** Select the link so it can be copied by hand when the clipboard refused. */
  selectFirst: boolean;
  onCopy: (url: string) => void;
}

export function ShareLinkRow({ kind, label, url, copied, selectFirst, onCopy }: ShareLinkRowProps) {
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!selectFirst) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [selectFirst]);

  return (
    <div className="share-row">
      <label htmlFor={`share-link-${kind}`}>{label}</label>
      <div className="share-row-field">
        <input
          id={`share-link-${kind}`}
          ref={fieldRef}
          data-testid={`share-link-${kind}`}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button share-copy"
          data-testid={`share-copy-${kind}`}
          onClick={() => onCopy(url)}
        >
          {copied ? <CheckIcon /> : null}
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}
