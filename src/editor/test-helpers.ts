/**
 * Helpers for the editor's tests: an editor on the page, a user's way into its fields, and
 * what it hands over (the downloaded file) read back.
 */
import { expect } from '@open-wc/testing';
import { holder, waitFor } from '../test/helpers.js';
import { AUTOSAVE_KEY } from './autosave.js';
import { defineEditor, type AptFaqEditor } from './define.js';

defineEditor();

/** A fresh editor at the end of the page (removed after the test), with no saved draft unless `keepSaved`. */
export async function renderEditor({ keepSaved = false, lang = 'en' } = {}): Promise<AptFaqEditor> {
  if (!keepSaved) localStorage.removeItem(AUTOSAVE_KEY);
  const container = holder();
  container.lang = lang;
  const editor = document.createElement('apt-faq-editor');
  container.append(editor);
  await editor.updateComplete;
  return editor;
}

/** Starts the editor from the bundled APT FAQ, as the first button does. */
export async function startBundled(editor: AptFaqEditor): Promise<void> {
  editor.querySelector<HTMLButtonElement>('.start-bundled')!.click();
  await editor.updateComplete;
}

/** The form of the item at a position (0-based). */
export const itemAt = (editor: AptFaqEditor, index: number): HTMLElement => editor.querySelectorAll<HTMLElement>('.items > .item')[index];

/** The questions of the form, in order. */
export const questions = (editor: AptFaqEditor): string[] =>
  [...editor.querySelectorAll<HTMLInputElement>('.items .question')].map((input) => input.value);

/** Types into a text field as a user would: value set, `input` fired. */
export async function typeInto(editor: AptFaqEditor, field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  await editor.updateComplete;
}

/** Pastes clipboard data into an element (the answer field's editable region). */
export async function paste(editor: AptFaqEditor, target: HTMLElement, data: Record<string, string>): Promise<void> {
  target.focus();
  const transfer = new DataTransfer();
  for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  // Firefox hides the data of a paste event made by script (only a real paste may read the
  // clipboard): hand the data to the handler as the browser would on a real paste.
  Object.defineProperty(event, 'clipboardData', { value: transfer });
  target.dispatchEvent(event);
  await editor.updateComplete;
}

/**
 * Presses "Download the JSON file" and resolves with the file's name and text, read from the
 * link the browser was asked to follow (the download itself is stopped).
 */
export async function downloadJson(editor: AptFaqEditor): Promise<{ name: string; text: string }> {
  return downloadFrom(editor, '.download');
}

/** Presses the download button `selector` finds and resolves with the file's name and text (see downloadJson). */
export async function downloadFrom(editor: AptFaqEditor, selector: string): Promise<{ name: string; text: string }> {
  const clicked = new Promise<HTMLAnchorElement>((resolve) => {
    const listener = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', listener, true);
      resolve(link);
    };
    document.addEventListener('click', listener, true);
  });
  editor.querySelector<HTMLButtonElement>(selector)!.click();
  const link = await clicked;
  const text = await (await fetch(link.href)).text();
  return { name: link.download, text };
}

/** Opens a file through the editor's file picker, as if the user had chosen it. */
export async function chooseFile(editor: AptFaqEditor, text: string, name = 'faq.json'): Promise<void> {
  const input = editor.querySelector<HTMLInputElement>('.file-input')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  const before = editor.draft;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Reading the file is asynchronous: wait for the new draft, or the error message.
  await waitFor(() => editor.draft !== before || editor.querySelector('.open-error') !== null);
  await editor.updateComplete;
}

/** The polite announcement last made. */
export const announcement = (editor: AptFaqEditor): string => editor.querySelector('.announcer')!.textContent.replace(/\u00a0$/, '');

/** Asserts that `element` has focus. */
export function expectFocused(element: Element | null, what: string): void {
  expect(document.activeElement, `${what} has focus`).to.equal(element);
}
