import { useState } from 'react';
import { MAX_VERSION_NAME, versionNameOf } from './format.ts';
import { HistoryError, saveVersion, type HistoryAccess } from './history-api.ts';
import { refreshHistory } from './history-store.ts';

/** Editors name the board as it is now ("Before the client meeting"). */
export function SaveVersion({ access }: { access: HistoryAccess }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const valid = versionNameOf(name);

  if (!editing)
    return (
      <button
        type="button"
        className="sr-button sr-history-save"
        data-testid="history-save"
        onClick={() => setEditing(true)}
      >
        Save version…
      </button>
    );

  const submit = async () => {
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    try {
      await saveVersion(access, valid);
      setEditing(false);
      setName('');
      refreshHistory();
    } catch (failure) {
      setError(failure instanceof HistoryError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="sr-history-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <input
        autoFocus
        className="sr-history-input"
        data-testid="history-name"
        aria-label="Version name"
        placeholder="Name this version"
        maxLength={MAX_VERSION_NAME}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') setEditing(false);
        }}
      />
      <button
        type="submit"
        className="sr-button"
        data-testid="history-name-save"
        disabled={!valid || busy}
      >
        Save
      </button>
      {error && (
        <p className="sr-history-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
