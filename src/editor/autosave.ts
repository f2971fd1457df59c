/**
 * Keeps the draft in the browser's localStorage as the user types, so a reload, a crash or a
 * closed tab loses nothing; offered back on the next visit. Storage may be missing or full
 * (private windows, pages from disk in some browsers): every call then quietly does nothing.
 */
import { draftFromJson, draftToJson, type Draft } from './model.js';

/** The localStorage key of the saved draft. */
export const AUTOSAVE_KEY = 'apt-faq-editor:draft';

/** A draft found in storage, with when it was saved. */
export interface SavedDraft {
  draft: Draft;
  savedAt: Date;
}

/** Saves the draft (as its JSON document, the same format as the download, and which ids follow their question). */
export function saveDraft(draft: Draft, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(AUTOSAVE_KEY, JSON.stringify({
        savedAt: new Date().toISOString(),
        document: draftToJson(draft),
        // Which ids still follow their question: the JSON alone cannot tell.
        idEdited: draft.items.map((item) => item.idEdited),
        // Which anchors already left the editor (changing them asks first).
        shared: draft.items.map((item) => item.shared),
      }));
  } catch {
    // Full or forbidden: the draft stays in the page, and the unsaved-changes guard still applies.
  }
}

/** The saved draft, if there is a readable one. */
export function loadDraft(storage: Storage | undefined = safeStorage()): SavedDraft | undefined {
  try {
    const saved = JSON.parse(storage?.getItem(AUTOSAVE_KEY) ?? 'null') as { savedAt: string; document: unknown; idEdited?: unknown[]; shared?: unknown[] } | null;
    if (!saved?.document) return undefined;
    const { draft } = draftFromJson(saved.document);
    draft.items.forEach((item, index) => {
      if (typeof saved.idEdited?.[index] === 'boolean') item.idEdited = saved.idEdited[index];
      if (typeof saved.shared?.[index] === 'boolean') item.shared = saved.shared[index];
    });
    return { draft, savedAt: new Date(saved.savedAt) };
  } catch {
    return undefined;
  }
}

/** Forgets the saved draft (the user discarded it). */
export function clearDraft(storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** The localStorage key of the editor's chosen interface language. */
export const LANGUAGE_KEY = 'apt-faq-editor:language';

/** Remembers the interface language the user chose (the next visit opens in it). */
export function saveLanguage(lang: string, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembered: the page's language is used next time.
  }
}

/** The interface language chosen on an earlier visit, if any. */
export function loadLanguage(storage: Storage | undefined = safeStorage()): string | undefined {
  try {
    return storage?.getItem(LANGUAGE_KEY) || undefined;
  } catch {
    return undefined;
  }
}

/** localStorage, or undefined where merely reading it throws (blocked storage). */
function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
