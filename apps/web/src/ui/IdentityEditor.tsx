import { useState, type FormEvent } from 'react';
import {
  cleanName,
  maxNameLength,
  personColors,
  updateIdentity,
  type Identity,
} from '../app/identity.ts';

/** Name and colour for this person, remembered in this browser and shown to everyone. */
export function IdentityEditor({ identity, onDone }: { identity: Identity; onDone: () => void }) {
  const [name, setName] = useState(identity.name);

  const commitName = () => {
    const cleaned = cleanName(name);
    if (cleaned === '') setName(identity.name);
    else updateIdentity({ name: cleaned });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    commitName();
    onDone();
  };

  return (
    <form className="popover identity-editor" onSubmit={submit} data-testid="identity-editor">
      <label htmlFor="identity-name">Your name</label>
      <input
        id="identity-name"
        data-testid="identity-name"
        value={name}
        maxLength={maxNameLength}
        autoComplete="nickname"
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onBlur={commitName}
      />
      <fieldset className="color-swatches">
        <legend>Your colour</legend>
        {personColors.map((color) => (
          <button
            key={color}
            type="button"
            className="color-swatch"
            data-testid={`identity-color-${color.slice(1)}`}
            style={{ background: color }}
            aria-label={`Colour ${color}`}
            aria-pressed={color === identity.color}
            onClick={() => updateIdentity({ color })}
          />
        ))}
      </fieldset>
      <button type="submit" className="button button-primary identity-done">
        Done
      </button>
    </form>
  );
}
