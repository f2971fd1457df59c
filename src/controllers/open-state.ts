import type { FaqTrigger } from '../events.js';

/** One item opening or closing, and why. */
export interface OpenChange {
  id: string;
  open: boolean;
  trigger: FaqTrigger;
}

/**
 * Which items are open, and the `exclusive` rule. Pure state, no DOM: every method returns
 * the changes it made, for the FAQ to draw and announce.
 */
export class OpenState {
  /** At most one item open at a time. */
  exclusive = false;
  #ids: readonly string[] = [];
  /** Position of each item, by id. */
  #positions = new Map<string, number>();
  readonly #open = new Set<string>();

  /** Every item's id, in order. */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /** Whether the item is open. */
  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /** Whether the item exists in the current content. */
  has(id: string): boolean {
    return this.#positions.has(id);
  }

  /** The position of a known item. */
  index(id: string): number {
    return this.#positions.get(id)!;
  }

  /** Whether every one of `ids` is open (false for none). */
  allOpen(ids: readonly string[]): boolean {
    return ids.length > 0 && ids.every((id) => this.#open.has(id));
  }

  /**
   * New content: items still there stay open, then those marked open in the content
   * (under `exclusive`, only the first of all these).
   */
  reset(ids: readonly string[], initiallyOpen: readonly string[]): void {
    this.#ids = ids;
    this.#positions = new Map(ids.map((id, index) => [id, index]));
    const keep = [...this.#open].filter((id) => this.#positions.has(id));
    this.#open.clear();
    for (const id of [...keep, ...initiallyOpen]) {
      if (this.exclusive && this.#open.size > 0) break;
      this.#open.add(id);
    }
  }

  /**
   * Opens or closes items. Under `exclusive`, opening one closes the others (trigger
   * `"exclusive"`). Items already in the wanted state, and unknown ids, change nothing.
   */
  set(ids: readonly string[], open: boolean, trigger: FaqTrigger): OpenChange[] {
    const wanted = new Set(ids.filter((id) => this.#positions.has(id) && this.#open.has(id) !== open));
    if (open && this.exclusive) {
      const [first] = wanted;
      wanted.clear();
      if (first !== undefined) wanted.add(first);
    }
    const closeOthers = open && this.exclusive && wanted.size > 0;
    // The changes asked for first, then what the exclusive rule closed because of them.
    const changes: OpenChange[] = this.#ids.filter((id) => wanted.has(id)).map((id) => ({ id, open, trigger }));
    if (closeOthers) {
      for (const id of this.#ids) {
        if (!wanted.has(id) && this.#open.has(id)) changes.push({ id, open: false, trigger: 'exclusive' });
      }
    }
    for (const change of changes) {
      if (change.open) this.#open.add(change.id);
      else this.#open.delete(change.id);
    }
    return changes;
  }

  /** `exclusive` was just turned on: keeps the first open item, closes the rest. */
  enforceExclusive(): OpenChange[] {
    const [keep, ...others] = this.#ids.filter((id) => this.#open.has(id));
    return keep === undefined ? [] : this.set(others, false, 'exclusive');
  }
}
