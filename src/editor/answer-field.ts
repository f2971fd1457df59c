/**
 * `<apt-faq-answer-field>`: a rich-text answer limited to what SPEC lets an answer hold
 * (paragraphs, bold, italic, links, lists, quotes, code). What the user types or pastes is
 * cleaned by the widget's own sanitizer, so the value is always allowlisted HTML.
 *
 * Rendered in the light DOM: selections and `execCommand` inside shadow roots differ from
 * engine to engine, and the editor's page is its own, so there is nothing to encapsulate.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { isSafeHref, sanitizeAnswer } from '../sanitize.js';
import { editorStrings, type EditorStrings } from './strings.js';

type Command = 'paragraph' | 'bold' | 'italic' | 'link' | 'bulletList' | 'numberedList' | 'quote' | 'code';
const COMMANDS: Command[] = ['paragraph', 'bold', 'italic', 'link', 'bulletList', 'numberedList', 'quote', 'code'];
const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote']);

/** Plain text as nodes: blank lines separate paragraphs, single line breaks stay line breaks. */
function textNodes(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const paragraph of paragraphs) {
    const target = paragraphs.length > 1 ? document.createElement('p') : fragment;
    paragraph.split('\n').forEach((line, i) => {
      if (i > 0) target.appendChild(document.createElement('br'));
      target.appendChild(document.createTextNode(line));
    });
    if (target !== fragment) fragment.appendChild(target);
  }
  return fragment;
}

/**
 * The editable region's HTML as an answer: cleaned by the widget's sanitizer, without what
 * editing leaves behind (empty paragraphs, a line break at the end of a block).
 */
function answerHtml(editedHtml: string): string {
  const holder = document.createElement('div');
  holder.append(sanitizeAnswer(editedHtml));
  // A line break that ends a block draws nothing: browsers leave one there to hold the caret.
  for (const br of holder.querySelectorAll('br')) if (!br.nextSibling) br.remove();
  for (const paragraph of holder.querySelectorAll('p')) if (paragraph.textContent.trim() === '') paragraph.remove();
  return holder.innerHTML;
}

/**
 * A rich-text field for one answer, with its formatting toolbar.
 * @fires answer-change - after every change; read `value`.
 */
export class AptFaqAnswerField extends LitElement {
  static override properties = {
    value: {},
    fieldId: { attribute: 'field-id' },
    labelledBy: { attribute: 'labelled-by' },
    describedBy: { attribute: 'described-by' },
    uiLang: { attribute: 'ui-lang' },
    contentLang: { attribute: 'content-lang' },
    linkOpen: { state: true },
    linkError: { state: true },
  };

  /** The answer: allowlisted HTML (or, as opened from a file, whatever the file held). */
  declare value: string;
  /** Id of the editable region, for labels and problem links. */
  declare fieldId: string;
  /** Id of the element naming the field. */
  declare labelledBy: string;
  /** Id of the element describing the field, if any. */
  declare describedBy: string | undefined;
  /** Language of the toolbar's names. */
  declare uiLang: string;
  /** Language of the answer itself (the document's `lang`), for spelling and screen readers. */
  declare contentLang: string | undefined;
  private declare linkOpen: boolean;
  private declare linkError: boolean;

  /** The value this field last reported: the DOM already shows it, so it is not rebuilt (the caret stays). */
  #reported: string | undefined;
  /** The selection inside the editable, kept while the toolbar has focus. */
  #range: Range | undefined;

  constructor() {
    super();
    this.value = '';
    this.fieldId = '';
    this.labelledBy = '';
    this.uiLang = 'en';
    this.linkOpen = false;
    this.linkError = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The editable region. */
  get editable(): HTMLElement {
    return this.querySelector<HTMLElement>('.answer-editable')!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.#keepSelection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.#keepSelection);
  }

  /** Focuses the editable region (problem links, keyboard moves). */
  override focus(): void {
    this.editable.focus();
  }

  protected override render() {
    const strings = editorStrings(this.uiLang);
    return html`
      <div class="toolbar" role="toolbar" aria-label=${strings.toolbarLabel} aria-controls=${this.fieldId} @keydown=${this.#toolbarKeys}>
        ${COMMANDS.map(
          (command, index) => html`<button
            type="button"
            class="tool tool-${command}"
            data-command=${command}
            tabindex=${index === 0 ? '0' : '-1'}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.#run(command)}
          >${strings[command]}</button>`,
        )}
      </div>
      ${this.linkOpen ? this.#linkForm(strings) : nothing}
      <div
        class="answer-editable"
        id=${this.fieldId}
        contenteditable="true"
        role="textbox"
        aria-multiline="true"
        aria-labelledby=${this.labelledBy}
        aria-describedby=${this.describedBy ?? nothing}
        lang=${this.contentLang || nothing}
        @input=${this.#report}
        @paste=${this.#paste}
        @focus=${this.#prepare}
      ></div>
    `;
  }

  #linkForm(strings: EditorStrings) {
    const inputId = `${this.fieldId}-link`;
    return html`<div class="link-form">
      <label for=${inputId}>${strings.linkUrl}</label>
      <input
        id=${inputId}
        type="text"
        inputmode="url"
        autocomplete="url"
        spellcheck="false"
        aria-invalid=${this.linkError ? 'true' : 'false'}
        aria-describedby=${this.linkError ? `${inputId}-error` : nothing}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') this.#applyLink(event);
          if (event.key === 'Escape') this.#closeLink();
        }}
      />
      <button type="button" @click=${this.#applyLink}>${strings.linkApply}</button>
      <button type="button" @click=${this.#closeLink}>${strings.linkCancel}</button>
      ${this.linkError ? html`<p class="field-error" id="${inputId}-error">${strings.linkInvalid}</p>` : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.#reported) {
      this.#reported = this.value;
      this.editable.replaceChildren(sanitizeAnswer(this.value));
    }
  }

  /** Paragraphs, not `<div>`s, on Enter; `<b>`, not `style`, for bold (all engines). */
  #prepare = (): void => {
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand('styleWithCSS', false, 'false');
    if (!this.editable.firstChild) {
      const paragraph = document.createElement('p');
      paragraph.append(document.createElement('br'));
      this.editable.append(paragraph);
      getSelection()?.collapse(paragraph, 0);
    }
  };

  #keepSelection = (): void => {
    const selection = getSelection();
    if (selection?.rangeCount && this.editable?.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      this.#range = selection.getRangeAt(0).cloneRange();
    }
  };

  /**
   * Puts the focus back into the editable region with its selection: the current one when it
   * is inside (fresher than the kept one: `selectionchange` arrives late), else the kept one,
   * else the end of the text.
   */
  #restoreSelection(): Range {
    const selection = getSelection()!;
    const inside = (range: Range | undefined) => (range && this.editable.contains(range.commonAncestorContainer) ? range : undefined);
    const range = inside(selection.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined) ?? inside(this.#range);
    this.editable.focus();
    selection.removeAllRanges();
    if (range) {
      selection.addRange(range);
    } else {
      selection.selectAllChildren(this.editable);
      selection.collapseToEnd();
    }
    return selection.getRangeAt(0);
  }

  /** Reads the editable region back as allowlisted HTML and tells the form. */
  #report = (): void => {
    const value = this.editable.textContent.trim() === '' ? '' : answerHtml(this.editable.innerHTML);
    if (value === this.#reported) return;
    this.#reported = value;
    this.value = value;
    this.dispatchEvent(new Event('answer-change', { bubbles: true }));
  };

  #run(command: Command): void {
    if (command === 'link') {
      // The link field is about to take the focus (and the selection): keep the text to link.
      this.#range = this.#restoreSelection().cloneRange();
      this.linkOpen = true;
      this.linkError = false;
      void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('.link-form input')?.focus());
      return;
    }
    const range = this.#restoreSelection();
    if (command === 'code') {
      const code = document.createElement('code');
      code.append(range.collapsed ? document.createTextNode('code') : range.extractContents());
      range.insertNode(code);
      getSelection()!.selectAllChildren(code);
    } else {
      const [name, value] = {
        paragraph: ['formatBlock', 'p'],
        quote: ['formatBlock', 'blockquote'],
        bold: ['bold', ''],
        italic: ['italic', ''],
        bulletList: ['insertUnorderedList', ''],
        numberedList: ['insertOrderedList', ''],
      }[command];
      document.execCommand(name, false, value);
    }
    this.#report();
  }

  #applyLink = (event: Event): void => {
    event.preventDefault();
    const href = this.querySelector<HTMLInputElement>('.link-form input')!.value.trim();
    if (!href || !isSafeHref(href) || /\s/.test(href)) {
      this.linkError = true;
      return;
    }
    const range = this.#restoreSelection();
    const link = document.createElement('a');
    link.href = href;
    link.append(range.collapsed ? document.createTextNode(href) : range.extractContents());
    range.insertNode(link);
    getSelection()!.selectAllChildren(link);
    this.linkOpen = false;
    this.#report();
  };

  #closeLink = (): void => {
    this.linkOpen = false;
    this.#restoreSelection();
  };

  /** Pasted HTML (Word, a web page) goes through the widget's sanitizer; plain text becomes paragraphs. */
  #paste = (event: ClipboardEvent): void => {
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    const pastedHtml = data.getData('text/html');
    const fragment = pastedHtml ? sanitizeAnswer(pastedHtml) : textNodes(data.getData('text/plain'));
    const range = this.#restoreSelection();
    range.deleteContents();
    const hasBlocks = [...fragment.childNodes].some((node) => BLOCKS.has((node as Element).localName));
    const paragraph = (range.startContainer.nodeType === Node.ELEMENT_NODE
      ? (range.startContainer as Element)
      : range.startContainer.parentElement
    )?.closest('p');
    const last = fragment.lastChild;
    if (hasBlocks && paragraph && this.editable.contains(paragraph)) {
      // Blocks cannot sit inside a paragraph: they go after it, or replace it when it is empty.
      if (paragraph.textContent.trim() === '') paragraph.replaceWith(fragment);
      else paragraph.after(fragment);
    } else {
      range.insertNode(fragment);
    }
    if (last) getSelection()!.collapse(last, last.childNodes.length || (last.textContent?.length ?? 0));
    this.#report();
  };

  /** Arrow keys move between the toolbar's buttons (one tab stop for the whole toolbar). */
  #toolbarKeys = (event: KeyboardEvent): void => {
    const tools = [...this.querySelectorAll<HTMLButtonElement>('.toolbar .tool')];
    const current = tools.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tools.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tools[(next + tools.length) % tools.length];
    tools.forEach((tool) => (tool.tabIndex = tool === target ? 0 : -1));
    target.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-answer-field': AptFaqAnswerField;
  }
}
