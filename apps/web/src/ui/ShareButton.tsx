import { useCallback, useEffect, useRef, useState } from 'react';
import { CheckIcon, LinkIcon } from './icons.tsx';
import { ShareLinkRow } from './ShareLinkRow.tsx';
import { useDismiss } from './use-dismiss.ts';
import './popover.css';
import './share.css';

const copiedForMs = 2000;

interface ShareButtonProps {
  /** Gives edit access; null when we may only hand on viewing. */
  editUrl: string | null;
  viewUrl: string | null;
  /** Present for the board's owner only. */
  onResetLink: ((link: 'edit' | 'view') => Promise<void>) | null;
}

/**
 * Copies the strongest link we may share at once, and opens both links for the choice.
 * Without clipboard access (insecure origin, denied permission) the link is shown selected.
 */
export function ShareButton({ editUrl, viewUrl, onResetLink }: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [clipboardFailed, setClipboardFailed] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(rootRef, open, close);
  const primary = editUrl ?? viewUrl;

  useEffect(() => {
    if (copied === null) return undefined;
    const timer = setTimeout(() => setCopied(null), copiedForMs);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = useCallback(async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setClipboardFailed(false);
      setCopied(url);
    } catch {
      setClipboardFailed(true);
      setCopied(null);
    }
  }, []);

  const onShare = () => {
    if (open) return setOpen(false);
    setOpen(true);
    if (primary) void copy(primary);
  };

  const justCopied = copied !== null && copied === primary;
  return (
    <div className="share" ref={rootRef}>
      <button
        type="button"
        className="button button-primary share-button"
        data-testid="share-button"
        aria-expanded={open}
        onClick={onShare}
      >
        {justCopied ? <CheckIcon /> : <LinkIcon />}
        <span>{justCopied ? 'Link copied' : 'Share'}</span>
      </button>
      <span className="sr-only" role="status" data-testid="share-feedback">
        {copied !== null ? 'Link copied' : ''}
      </span>
      {open && (
        <div className="popover share-popover" role="dialog" aria-label="Share this board">
          <p className="share-hint">
            {clipboardFailed
              ? 'Copy a link below to invite others.'
              : editUrl
                ? 'Anyone with a link can join. Pick how much they can do.'
                : 'Anyone with this link can follow along, without editing.'}
          </p>
          {editUrl && (
            <ShareLinkRow
              kind="edit"
              label="Can edit"
              url={editUrl}
              copied={copied === editUrl}
              selectFirst={clipboardFailed}
              onCopy={copy}
              {...(onResetLink && { onReset: () => onResetLink('edit') })}
            />
          )}
          {viewUrl && (
            <ShareLinkRow
              kind="view"
              label="Can view"
              url={viewUrl}
              copied={copied === viewUrl}
              selectFirst={clipboardFailed && !editUrl}
              onCopy={copy}
              {...(onResetLink && { onReset: () => onResetLink('view') })}
            />
          )}
        </div>
      )}
    </div>
  );
}
