import { createShape } from '@sketchroom/board-model';
import { BoardDoc } from '@sketchroom/board-yjs';
import { screenPoint } from '@sketchroom/geometry';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Editor, type ShortcutRunner } from './editor.ts';
import type { KeyInput, PointerInput } from './input.ts';
import type { ToolHost, ToolMachine, ToolSpec } from './tool-host.ts';

// The editor is built from parts: these tests hand it stand-in tools and shortcuts, so
// they show what it does with whatever tools the app passes, without the app's own.

function recordingTool(id: string, log: string[], readOnlySafe = true): ToolSpec {
  return {
    id,
    label: id,
    key: id[0] ?? '',
    cursor: 'default',
    readOnlySafe,
    create(host: ToolHost): ToolMachine {
      const note = (what: string) => log.push(`${id}:${what}`);
      return {
        id,
        path: `${id}.only`,
        enter: () => note('enter'),
        exit: () => note('exit'),
        pointerDown: (event) => note(`down ${event.page.x},${event.page.y}`),
        pointerMove: () => note(`move dragging=${host.pointer.isDragging}`),
        pointerUp: () => note('up'),
        doubleClick: () => note('double'),
        keyDown: (event) => {
          note(`key ${event.key}`);
          return event.key === 'Enter';
        },
        keyUp: () => {},
        cancel: () => note('cancel'),
        editingStarted: () => note('editing started'),
        editingEnded: () => note('editing ended'),
        handlesGrabbed: () => note('handles grabbed'),
        handlesReleased: () => note('handles released'),
      };
    },
  };
}

function setup(readOnly = false) {
  const log: string[] = [];
  const shortcuts: string[] = [];
  const actions: ShortcutRunner = {
    runShortcut: (_editor, event) => {
      shortcuts.push(event.key);
      return event.key === 'k';
    },
  };
  const board = new BoardDoc(new Y.Doc());
  const editor = new Editor({
    board,
    readOnly,
    tools: [
      recordingTool('home', log),
      recordingTool('pan', log),
      recordingTool('draw', log, false),
    ],
    panToolId: 'pan',
    actions,
  });
  editor.setViewport({ width: 800, height: 600 });
  return { editor, board, log, shortcuts };
}

const key = (k: string, code = k): KeyInput => ({
  key: k,
  code,
  repeat: false,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
});

const pointer = (x: number, y: number): PointerInput => ({
  point: screenPoint(x, y),
  button: 0,
  pointerId: 1,
  pointerType: 'mouse',
  pressure: 0.5,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
});

describe('an editor built from the tools and actions it is given', () => {
  it('starts in the first tool and feeds it pointer events in page coordinates', () => {
    const { editor, log } = setup();
    expect(editor.state.toolId).toBe('home');
    expect(editor.state.toolPath).toBe('home.only');
    editor.setCamera({ x: 100, y: 50, zoom: 2 });
    editor.dispatcher.pointerDown(pointer(10, 20));
    editor.dispatcher.pointerMove(pointer(30, 20));
    editor.dispatcher.pointerUp(pointer(30, 20));
    expect(log).toEqual(['home:down 105,60', 'home:move dragging=true', 'home:up']);
  });

  it('gives a key to the tool first, then to the shortcuts', () => {
    const { editor, log, shortcuts } = setup();
    expect(editor.keyDown(key('Enter'))).toBe(true);
    expect(shortcuts).toEqual([]);
    expect(editor.keyDown(key('k'))).toBe(true);
    expect(editor.keyDown(key('q'))).toBe(false);
    expect(shortcuts).toEqual(['k', 'q']);
    expect(log).toEqual(['home:key Enter', 'home:key k', 'home:key q']);
  });

  it('holds the space bar in the pan tool it was given, and goes back on release', () => {
    const { editor } = setup();
    editor.setTool('draw');
    editor.keyDown(key(' ', 'Space'));
    expect(editor.state.toolId).toBe('pan');
    editor.dispatcher.keyUp(key(' ', 'Space'));
    expect(editor.state.toolId).toBe('draw');
  });

  it('tells the tool when text editing starts and ends, through hooks', () => {
    const { editor, log } = setup();
    editor.setTool('draw');
    const id = editor.writeTextAt(editor.screenToPage(screenPoint(100, 100)), 'note');
    expect(id).not.toBeNull();
    expect(editor.state.toolId).toBe('home');
    expect(editor.editingId).toBe(id);
    editor.stopEditing();
    expect(log.slice(-2)).toEqual(['home:editing started', 'home:editing ended']);
  });

  it('writes nothing on a read-only board, whichever path a write takes', () => {
    const source = new BoardDoc(new Y.Doc());
    source.createShapes([createShape({ type: 'rect', index: 'a0', geom: { width: 10 } })]);
    const json = JSON.stringify(source.exportJson());
    const writer = setup();
    expect(writer.editor.insertJson(json)).toHaveLength(1);

    const { editor, board, log } = setup(true);
    expect(editor.insertJson(json)).toEqual([]);
    expect(editor.createShape('rect', { x: 0, y: 0, width: 10, height: 10 })).toBeNull();
    editor.grabHandles();
    editor.setTool('draw');
    expect(board.allShapes()).toHaveLength(0);
    expect(log).not.toContain('home:handles grabbed');
    expect(editor.state.toolId).toBe('home');
  });
});
