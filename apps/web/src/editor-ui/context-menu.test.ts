import { describe, expect, it } from 'vitest';
import { defineAction, type Action } from '../actions/action.ts';
import {
  buildMenu,
  CANVAS_MENU,
  placeMenu,
  SEPARATOR,
  SHAPE_MENU,
  type MenuSources,
} from './context-menu.ts';

function action(name: string, shortcut?: string): Action {
  return defineAction({
    name,
    label: `Label ${name}`,
    group: 'Edit',
    shortcuts: shortcut ? [{ key: shortcut, accel: true }] : [],
    perform: () => undefined,
  });
}

function sources(registered: string[], disabled: string[] = []): MenuSources {
  const byName = new Map(
    registered.map((name) => [name, action(name, name === 'copy' ? 'c' : undefined)]),
  );
  return {
    find: (name) => byName.get(name),
    canRun: (a) => !disabled.includes(a.name),
    formatShortcut: (a) => (a.shortcuts[0] ? `Ctrl+${a.shortcuts[0].key?.toUpperCase()}` : null),
  };
}

const names = (entries: ReturnType<typeof buildMenu>) =>
  entries.map((entry) => (entry === SEPARATOR ? SEPARATOR : entry.name));

describe('buildMenu', () => {
  it('lists registered actions in order with labels and shortcuts, skipping the rest', () => {
    const entries = buildMenu(SHAPE_MENU, sources(['copy', 'delete', 'copy-as-png']));
    expect(names(entries)).toEqual(['copy', 'delete', SEPARATOR, 'copy-as-png']);
    expect(entries[0]).toEqual({
      name: 'copy',
      label: 'Label copy',
      shortcut: 'Ctrl+C',
      enabled: true,
    });
    expect(entries[1]).toMatchObject({ shortcut: null });
  });

  it('greys out common actions that cannot run, and hides ones that do not apply', () => {
    const all = [...SHAPE_MENU, ...CANVAS_MENU].filter((name) => name !== SEPARATOR);
    const entries = buildMenu(
      SHAPE_MENU,
      sources(all, ['paste', 'align-left', 'distribute-vertically', 'ungroup']),
    );
    const listed = names(entries);
    expect(listed).not.toContain('align-left');
    expect(listed).not.toContain('distribute-vertically');
    expect(listed).not.toContain('ungroup');
    expect(listed).toContain('align-right');
    expect(entries.find((e) => e !== SEPARATOR && e.name === 'paste')).toMatchObject({
      enabled: false,
    });
  });

  it('never starts, ends or doubles a separator', () => {
    const entries = buildMenu(CANVAS_MENU, sources(['zoom-to-fit', 'unlock'], ['unlock']));
    expect(names(entries)).toEqual(['zoom-to-fit']);
    const twoGroups = buildMenu(SHAPE_MENU, sources(['cut', 'group', 'toggle-lock'], ['group']));
    expect(names(twoGroups)).toEqual(['cut', SEPARATOR, 'toggle-lock']);
  });

  it('offers unlock first on the canvas menu when a locked shape is under the pointer', () => {
    const entries = buildMenu(CANVAS_MENU, sources(['unlock', 'paste', 'select-all']));
    expect(names(entries)).toEqual(['unlock', SEPARATOR, 'paste', 'select-all']);
  });
});

describe('placeMenu', () => {
  const view = { width: 375, height: 812 };
  const menu = { width: 200, height: 300 };

  it('opens right of and below the point when it fits', () => {
    expect(placeMenu({ x: 40, y: 100 }, menu, view)).toEqual({ x: 40, y: 100 });
  });

  it('flips to the left near the right edge and upwards near the bottom', () => {
    expect(placeMenu({ x: 300, y: 700 }, menu, view)).toEqual({ x: 100, y: 400 });
  });

  it('stays inside the margins when neither side has room', () => {
    expect(placeMenu({ x: 180, y: 400 }, { width: 300, height: 500 }, view)).toEqual({
      x: 67,
      y: 304,
    });
    expect(placeMenu({ x: 10, y: 10 }, { width: 500, height: 900 }, view)).toEqual({ x: 8, y: 8 });
  });
});
