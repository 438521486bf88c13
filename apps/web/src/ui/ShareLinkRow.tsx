import { useEffect, useRef, useState } from 'react';
import { CheckIcon } from './icons.tsx';

interface ShareLinkRowProps {
  kind: 'edit' | 'view';
  label: string;
  url: string;
  copied: boolean;
  /** Select the link so it can be copied by hand when the clipboard refused. */
  selectFirst: boolean;
  onCopy: (url: string) => void;
  /** Owner only: replaces this link; the old one stops working for everyone. */
  onReset?: () => Promise<void>;
}

export function ShareLinkRow(props: ShareLinkRowProps) {
  const { kind, label, url, copied, selectFirst, onCopy, onReset } = props;
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
      {onReset && <ResetLink kind={kind} onReset={onReset} />}
    </div>
  );
}

/** Two clicks, since a reset cuts off everyone who was given the old link. */
function ResetLink({ kind, onReset }: { kind: 'edit' | 'view'; onReset: () => Promise<void> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'working' | 'failed'>('idle');
  const reset = async () => {
    setStep('working');
    try {
      await onReset();
      setStep('idle');
    } catch {
      setStep('failed');
    }
  };
  return (
    <div className="share-reset">
      {step === 'confirm' ? (
        <>
          <span>Everyone using the old link loses access.</span>
          <button
            type="button"
            className="button share-reset-confirm"
            data-testid={`share-reset-confirm-${kind}`}
            onClick={() => void reset()}
          >
            Reset link
          </button>
          <button type="button" className="button" onClick={() => setStep('idle')}>
            Cancel
          </button>
        </>
      ) : (
        <button
          type="button"
          className="link-button"
          data-testid={`share-reset-${kind}`}
          disabled={step === 'working'}
          onClick={() => setStep('confirm')}
        >
          {step === 'failed' ? 'Reset failed, try again' : 'Reset link…'}
        </button>
      )}
    </div>
  );
}
