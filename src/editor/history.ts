/**
 * Undo for the editor's structural changes (add, duplicate, delete, move, open a file).
 * Typing is left to the browser's own undo in each field; this stack brings back whole drafts.
 */
import type { Draft } from './model.js';

/** A draft as it was before a change, with what the change was (for the Undo button's name). */
export interface UndoStep {
  draft: Draft;
  /** Already localised, e.g. "Delete “Who funds the APT?”". */
  label: string;
}

/** The last changes, newest last; bounded so a long session does not keep every draft. */
export class UndoStack {
  readonly #steps: UndoStep[] = [];

  constructor(readonly limit = 50) {}

  /** Remembers the draft as it was before a change. */
  push(step: UndoStep): void {
    this.#steps.push(step);
    if (this.#steps.length > this.limit) this.#steps.shift();
  }

  /** The change undo would revert, if any. */
  get last(): UndoStep | undefined {
    return this.#steps.at(-1);
  }

  /** Takes the last step off the stack. */
  pop(): UndoStep | undefined {
    return this.#steps.pop();
  }

  clear(): void {
    this.#steps.length = 0;
  }
}
