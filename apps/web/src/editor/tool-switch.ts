import type { ToolHost, ToolMachine, ToolSpec } from './tool-host.ts';

/** One state machine per tool, made once, and which of them is active. */
export class ToolSwitch {
  private readonly machines = new Map<string, ToolMachine>();
  private current: ToolMachine;

  constructor(
    private readonly specs: readonly ToolSpec[],
    host: ToolHost,
  ) {
    for (const spec of specs) this.machines.set(spec.id, spec.create(host));
    this.current = this.machines.get(specs[0].id) as ToolMachine;
  }

  get active(): ToolMachine {
    return this.current;
  }

  /** Tools a viewer may use (they never write). */
  isReadOnlySafe(id: string): boolean {
    return this.specs.some((spec) => spec.id === id && spec.readOnlySafe);
  }

  has(id: string): boolean {
    return this.machines.has(id);
  }

  /** Makes tool `id` (one that `has`) active: the old one exits, the new one enters. */
  activate(id: string): ToolMachine {
    const next = this.machines.get(id);
    if (!next) throw new Error(`No tool ${id}`);
    if (next === this.current) return next;
    this.current.exit();
    this.current = next;
    next.enter();
    return next;
  }
}
