// Test helper (not used by the app): drives a real Editor, wired with the app's tools and
// actions, over a real BoardDoc on a plain Y.Doc, the way a user would, with chainable calls.
import type { Shape } from '@sketchroom/board-model';
import { BoardDoc } from '@sketchroom/board-yjs';
import { screenPoint } from '@sketchroom/geometry';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { APP_ACTIONS } from '../actions/registry.ts';
import { Editor } from '../editor/editor.ts';
import type { KeyInput, Modifiers, PointerInput } from '../editor/input.ts';
import { memoryPlatform } from '../editor/platform.ts';
import { PAN_TOOL_ID, TOOLS } from './registry.ts';

type Mods = Partial<Modifiers> & { button?: number };

export class TestEditor {
  readonly editor: Editor;
  readonly board: BoardDoc;
  readonly platform = memoryPlatform();
  private time = 0;

  constructor(
    board: BoardDoc = new BoardDoc(new Y.Doc()),
    readOnly = false,
    awareness: Awareness | null = null,
  ) {
    this.board = board;
    this.editor = new Editor({
      board,
      readOnly,
      awareness,
      now: () => this.time,
      tools: TOOLS,
      panToolId: PAN_TOOL_ID,
      actions: APP_ACTIONS,
    });
    this.editor.platform = this.platform;
    this.editor.setViewport({ width: 1000, height: 800 });
  }

  /** `select.idle` and so on. */
  get path(): string {
    return this.editor.state.toolPath;
  }

  shapes(): readonly Shape[] {
    return this.board.allShapes();
  }

  lastShape(): Shape {
    const all = this.shapes();
    if (all.length === 0) throw new Error('no shapes');
    return all[all.length - 1];
  }

  tick(ms: number): this {
    this.time += ms;
    return this;
  }

  pointerDown(x: number, y: number, mods: Mods = {}): this {
    this.editor.dispatcher.pointerDown(this.pointerInput(x, y, mods));
    return this;
  }

  pointerMove(x: number, y: number, mods: Mods = {}): this {
    this.tick(16);
    this.editor.dispatcher.pointerMove(this.pointerInput(x, y, mods));
    return this;
  }

  pointerUp(x?: number, y?: number, mods: Mods = {}): this {
    const at = this.editor.pointer.currentScreen;
    this.editor.dispatcher.pointerUp(this.pointerInput(x ?? at.x, y ?? at.y, mods));
    return this;
  }

  click(x: number, y: number, mods: Mods = {}): this {
    return this.pointerDown(x, y, mods).pointerUp(x, y, mods);
  }

  doubleClick(x: number, y: number, mods: Mods = {}): this {
    this.click(x, y, mods).click(x, y, mods);
    this.editor.dispatcher.doubleClick(this.pointerInput(x, y, mods));
    return this;
  }

  drag(from: [number, number], to: [number, number], mods: Mods = {}): this {
    return this.pointerDown(from[0], from[1], mods)
      .pointerMove((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, mods)
      .pointerMove(to[0], to[1], mods)
      .pointerUp(to[0], to[1], mods);
  }

  keyDown(key: string, mods: Partial<Modifiers> & { code?: string } = {}): this {
    this.editor.keyDown(this.key(key, mods));
    return this;
  }

  keyUp(key: string, mods: Partial<Modifiers> & { code?: string } = {}): this {
    this.editor.dispatcher.keyUp(this.key(key, mods));
    return this;
  }

  press(key: string, mods: Partial<Modifiers> & { code?: string } = {}): this {
    return this.keyDown(key, mods).keyUp(key, mods);
  }

  /** Lets pending promises (clipboard actions) settle. */
  async flush(): Promise<this> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return this;
  }

  private pointerInput(x: number, y: number, mods: Mods): PointerInput {
    return {
      point: screenPoint(x, y),
      button: mods.button ?? 0,
      pointerId: 1,
      pointerType: 'mouse',
      pressure: 0.5,
      shiftKey: mods.shiftKey ?? false,
      altKey: mods.altKey ?? false,
      ctrlKey: mods.ctrlKey ?? false,
      metaKey: mods.metaKey ?? false,
    };
  }

  private key(key: string, mods: Partial<Modifiers> & { code?: string }): KeyInput {
    const code = mods.code ?? (key.length === 1 ? `Key${key.toUpperCase()}` : key);
    return {
      key,
      code: key === ' ' ? 'Space' : code,
      repeat: false,
      shiftKey: mods.shiftKey ?? false,
      altKey: mods.altKey ?? false,
      ctrlKey: mods.ctrlKey ?? false,
      metaKey: mods.metaKey ?? false,
    };
  }
}
