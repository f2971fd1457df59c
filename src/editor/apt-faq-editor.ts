/**
 * `<apt-faq-editor>`: write, preview, validate and export an FAQ document without touching JSON.
 * The element owns the draft and its undo; the pure work lives beside it (model, validate,
 * export, autosave, strings) and the answer's rich text in `<apt-faq-answer-field>`.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import bundledDocument from '../data/apt-faq.en.json';
import { inheritedLang } from '../strings.js';
import type { AptFaqAnswerField } from './answer-field.js';
import { clearDraft, loadDraft, loadLanguage, saveDraft, saveLanguage, type SavedDraft } from './autosave.js';
import type { ExportedDetail } from './export-panel.js';
import type { PublishOptions } from './export.js';
import { UndoStack } from './history.js';
import { fieldId } from './field-id.js';
import type { AptFaqLanguageBar, LanguageRequest } from './language-bar.js';
import {
  addItem, addLanguage, draftFromJson, draftLanguage, draftMainLanguage, duplicateItem, emptyDraft, markShared, moveItem, removeItem, removeLanguage,
  updateItem, updateTranslation, type Draft, type DraftItem,
} from './model.js';
import { EDITOR_STRINGS, LANGUAGE_NAMES, editorStrings, languageLabel, type EditorStrings } from './strings.js';
import { problemTarget, problemText, problemsList } from './problems-list.js';
import { documentSection } from './document-fields.js';
import { translationContext, translationItem, type TranslationViewContext } from './translation-view.js';
import { validateDraft, type DraftProblem, type DraftValidation } from './validate.js';
import { jsonSyntaxProblem } from '../json-syntax.js';
import type { FaqItem } from '../faq-data.js';
import type { FaqProblem } from '../problems.js';
import { localiseItems } from '../translations.js';
import { editorStyles } from './styles.js';

export { fieldId };

/** The first of the browser's languages that the editor speaks (`fr-CH` → `fr`), if any. */
const browserLanguage = (): string | undefined =>
  navigator.languages.map((tag) => tag.toLowerCase().split('-')[0]).find((lang) => lang in EDITOR_STRINGS);

/**
 * The FAQ editor.
 * @summary Edit an apt-faq JSON document: form, live preview, validation, export, autosave.
 */
export class AptFaqEditor extends LitElement {
  static override properties = {
    draft: { state: true },
    fileProblems: { state: true },
    saved: { state: true },
    openError: { state: true },
    selectedKey: { state: true },
    dragging: { state: true },
    uiLang: { state: true },
    publishOptions: { state: true },
    dropKey: { state: true },
    pendingReplace: { state: true },
    anchorAsk: { state: true },
    editLang: { state: true },
  };

  /** The document being edited; undefined until the user starts. */
  declare draft: Draft | undefined;
  private declare fileProblems: FaqProblem[];
  /** A draft found in storage, offered back until the user answers. */
  private declare saved: SavedDraft | undefined;
  private declare openError: string;
  private declare selectedKey: number | undefined;
  private declare dragging: boolean;
  private declare uiLang: string;
  /** The preview's settings, which the published HTML and snippet carry. */
  private declare publishOptions: PublishOptions | undefined;
  /** The item a dragged question would be dropped on (mouse reordering; the keyboard has Alt+↑/↓). */
  private declare dropKey: number | undefined;
  #draggedKey: number | undefined;
  /** A replacement of the draft waiting for the user's yes (there are changes not yet downloaded). */
  private declare pendingReplace: (() => void) | undefined;
  /** The item whose shared anchor the user asked to change: the question is on screen. */
  private declare anchorAsk: number | undefined;
  /** The translation being edited; undefined: the main language. */
  private declare editLang: string | undefined;

  /** Changes since the last download or copy of the JSON: leaving the page asks first. */
  dirty = false;
  readonly #undo = new UndoStack();
  #validation: DraftValidation = { items: [], problems: [], translations: new Map() };
  #announcement = 0;

  constructor() {
    super();
    this.fileProblems = [];
    this.openError = '';
    this.dragging = false;
    this.uiLang = 'en';
  }

  protected override createRenderRoot(): HTMLElement {
    // Light DOM: the answer fields need the document's own selection (see answer-field.ts).
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = editorStyles.styleSheet!;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The language chosen before; else one set around the editor on purpose; else the browser's
    // first one the editor speaks (the editor's own page says English whoever opens it); else the page's.
    const around = this.parentElement?.closest('[lang]');
    const chosen = around && around !== document.documentElement ? around.getAttribute('lang') : null;
    this.uiLang = loadLanguage() ?? chosen ?? browserLanguage() ?? inheritedLang(this) ?? 'en';
    this.saved = loadDraft();
    window.addEventListener('beforeunload', this.#guardLeaving);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#guardLeaving);
  }

  /** The strings of the interface language. */
  get strings(): EditorStrings {
    return editorStrings(this.uiLang);
  }

  /** Opens a parsed JSON document (as from a file); anything that parses opens, problems listed. */
  openDocument(raw: unknown, name = ''): void {
    const { draft, fileProblems } = draftFromJson(raw);
    this.#replaceDraft(draft, fileProblems);
    if (name) this.announce(this.strings.opened(name));
  }

  /** Opens a file chosen or dropped by the user. */
  async openFile(file: File): Promise<void> {
    let raw: unknown;
    const text = await file.text();
    try {
      raw = JSON.parse(text);
    } catch {
      const { line, column } = jsonSyntaxProblem(text);
      this.openError = line ? this.strings.notJsonAt(file.name, line, column!) : this.strings.notJson(file.name);
      this.announce(this.openError);
      return;
    }
    this.#askReplace(() => this.openDocument(raw, file.name));
  }

  /** Says something once, politely, to screen readers. */
  announce(message: string): void {
    const region = this.querySelector('.announcer');
    if (!region) return;
    // A no-break space that alternates makes a repeated message count as a change.
    region.textContent = `${message}${++this.#announcement % 2 ? '\u00a0' : ''}`;
  }

  #replaceDraft(draft: Draft, fileProblems: FaqProblem[] = []): void {
    // Whatever is replaced can come back: the draft being edited, or the saved one not taken up.
    const replaced = this.draft ?? this.saved?.draft;
    if (replaced) this.#undo.push({ draft: replaced, label: this.strings.undoOpen });
    this.openError = '';
    this.fileProblems = fileProblems;
    this.saved = undefined;
    this.selectedKey = undefined;
    this.editLang = undefined;
    this.#change(draft);
    this.dirty = false;
  }

  /** Every change to the draft goes through here: state, autosave, unsaved flag. */
  #change(draft: Draft): void {
    this.draft = draft;
    this.dirty = true;
    saveDraft(draft);
  }

  /** A structural change, undoable. */
  #changeWithUndo(draft: Draft, label: string): void {
    this.#undo.push({ draft: this.draft!, label });
    this.#change(draft);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('draft') && this.draft) {
      const before = this.#validation.problems.length;
      this.#validation = validateDraft(this.draft);
      if (changed.get('draft') && before !== this.#validation.problems.length) {
        // The count is shown at all times; a change of it is also said.
        this.#countChanged = true;
      }
    }
    if (changed.has('uiLang')) this.lang = this.uiLang;
    // An undo or a removal may take away the language being edited: back to the main one.
    if (this.draft && !draftLanguage(this.draft, this.editLang)) this.editLang = undefined;
    // The preview's items change with the draft or the language, not with every drawing.
    if (changed.has('draft') || changed.has('editLang')) {
      const translation = this.editLang === undefined ? undefined : this.#validation.translations.get(this.editLang);
      this.#previewItems = translation ? localiseItems(this.#validation.items, translation, this.draft!.lang) : this.#validation.items;
    }
  }

  /** What the preview shows: the items in the language being edited. */
  #previewItems: FaqItem[] = [];

  #countChanged = false;

  protected override updated(): void {
    if (this.#countChanged) {
      this.#countChanged = false;
      const status = this.querySelector('.problem-count-status');
      if (status) status.textContent = this.strings.problemCount(this.#validation.problems.length);
    }
  }

  protected override render() {
    const s = this.strings;
    return html`
      <div
        class="editor ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.#dragOver}
        @dragleave=${this.#dragLeave}
        @drop=${this.#drop}
      >
        <header class="editor-header">
          <h1>${s.appTitle}</h1>
          <div class="header-tools">
            <label>
              ${s.interfaceLanguage}
              <select class="ui-lang" @change=${this.#languageChosen}>
                ${Object.keys(EDITOR_STRINGS).map(
                  (code) =>
                    html`<option value=${code} lang=${code} ?selected=${editorStrings(this.uiLang) === editorStrings(code)}>${LANGUAGE_NAMES[code] ?? code}</option>`,
                )}
              </select>
            </label>
          </div>
        </header>
        ${this.draft ? this.#statusBar(s) : nothing}
        <div class="announcer visually-hidden" role="status" aria-live="polite"></div>
        <div class="problem-count-status visually-hidden" role="status" aria-live="polite"></div>
        ${this.#start(s)}
        ${this.draft ? this.#workspace(this.draft, s) : nothing}
        ${this.dragging ? html`<div class="drop-overlay" aria-hidden="true">${s.dropHere}</div>` : nothing}
      </div>
    `;
  }

  /** The code of the interface's language, `fr`, `es` or `en`: a new empty FAQ is in it. */
  get #interfaceCode(): string {
    return Object.keys(EDITOR_STRINGS).find((code) => EDITOR_STRINGS[code] === this.strings) ?? 'en';
  }

  #languageChosen = (event: Event): void => {
    const before = this.#interfaceCode;
    this.uiLang = (event.target as HTMLSelectElement).value;
    saveLanguage(this.uiLang);
    // A new empty FAQ, still untouched, was started in the interface's language: it follows.
    if (this.draft && this.draft === this.#newEmpty && this.draft.lang === before) {
      const dirty = this.dirty;
      this.#change((this.#newEmpty = { ...this.draft, lang: this.#interfaceCode }));
      this.dirty = dirty;
    }
  };

  /** The draft "Start an empty FAQ" made, while nothing else changed it. */
  #newEmpty: Draft | undefined;

  #startEmpty = (): void =>
    this.#askReplace(() => {
      this.#replaceDraft(emptyDraft(this.#interfaceCode));
      this.#newEmpty = this.draft;
    });

  #statusBar(s: EditorStrings) {
    const count = this.#validation.problems.length;
    const last = this.#undo.last;
    // Stays in view while scrolling: the count is always shown, Undo always at hand.
    return html`<div class="status-bar">
      <a class="problem-count ${count ? 'has-problems' : ''}" href="#faq-problems">${s.problemCount(count)}</a>
      ${last ? html`<button type="button" class="undo" @click=${this.#undoLast}>${s.undo(last.label)}</button>` : nothing}
    </div>`;
  }

  #start(s: EditorStrings) {
    return html`
      <section class="start" aria-labelledby="faq-start-title">
        <h2 id="faq-start-title">${s.startHeading}</h2>
        <p>${s.intro}</p>
        ${this.saved ? this.#restoreOffer(this.saved, s) : nothing}
        <div class="start-actions">
          <button type="button" class="start-bundled" @click=${this.#startBundled}>${s.startBundled}</button>
          <button type="button" class="start-empty" @click=${this.#startEmpty}>${s.startEmpty}</button>
          <button type="button" class="start-file" @click=${() => this.querySelector<HTMLInputElement>('.file-input')!.click()}>${s.openFile}</button>
          <input class="file-input" type="file" accept=".json,application/json" hidden @change=${this.#fileChosen} />
        </div>
        ${this.pendingReplace ? this.#replaceQuestion(s) : nothing}
        <p class="hint">${s.dropHint}</p>
        ${this.openError ? html`<p class="open-error" role="alert">${this.openError}</p>` : nothing}
        ${this.fileProblems.length
          ? html`<div class="file-problems">
              <h3>${s.fileProblemsHeading}</h3>
              <p>${s.fileProblemsIntro}</p>
              <ul>${this.fileProblems.map((problem) => html`<li>${problemText(problem, s, this.uiLang)}</li>`)}</ul>
            </div>`
          : nothing}
      </section>
    `;
  }

  #restoreOffer(saved: SavedDraft, s: EditorStrings) {
    const when = new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'long', timeStyle: 'short' }).format(saved.savedAt);
    return html`<div class="restore" role="region" aria-label=${s.restoreFound(when)}>
      <p>${s.restoreFound(when)}</p>
      <button type="button" class="restore-draft" @click=${() => this.#restore(saved)}>${s.restore}</button>
      <button type="button" class="discard-draft" @click=${this.#discardSaved}>${s.discard}</button>
    </div>`;
  }

  #startBundled = (): void => this.#askReplace(() => this.openDocument(structuredClone(bundledDocument)));

  /** Runs `replace` at once, or first asks when the draft has changes not yet downloaded. */
  #askReplace(replace: () => void): void {
    if (!this.draft || !this.dirty) {
      this.pendingReplace = undefined;
      replace();
      return;
    }
    this.pendingReplace = replace;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.replace-no')?.focus());
  }

  #replaceQuestion(s: EditorStrings) {
    const answer = (yes: boolean) => {
      const replace = this.pendingReplace;
      this.pendingReplace = undefined;
      if (yes) replace?.();
      else void this.updateComplete.then(() => this.querySelector<HTMLElement>('.start-bundled')?.focus());
    };
    return html`<div class="replace-question" role="group" aria-labelledby="faq-replace-text">
      <p id="faq-replace-text">${s.replaceConfirm}</p>
      <button type="button" class="replace-yes" @click=${() => answer(true)}>${s.replaceYes}</button>
      <button type="button" class="replace-no" @click=${() => answer(false)}>${s.replaceNo}</button>
    </div>`;
  }

  #restore(saved: SavedDraft): void {
    this.#replaceDraft(saved.draft);
    this.dirty = true; // restored, still not downloaded
  }

  #discardSaved = (): void => {
    clearDraft();
    this.saved = undefined;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.start-bundled')?.focus());
  };

  #workspace(draft: Draft, s: EditorStrings) {
    const translation = translationContext(draft, this.editLang, this.uiLang, (key, lang, text) =>
      this.#change(updateTranslation(this.draft!, key, lang, text)),
    );
    return html`<div class="workspace">
      <div class="form-column">
        <apt-faq-language-bar
          .draft=${draft}
          .current=${this.editLang}
          .problems=${this.#validation.problems}
          ui-lang=${this.uiLang}
          @language-select=${this.#selectLanguage}
          @language-add=${this.#addLanguage}
          @language-remove=${this.#removeLanguage}
        ></apt-faq-language-bar>
        ${documentSection(draft, s, this.uiLang, translation, (update) => this.#change(update(this.draft!)))}
        ${problemsList(this.#validation.problems, s, this.uiLang, (problem) => void this.#followProblem(problem))}
        <section class="questions" aria-labelledby="faq-questions-title">
          <h2 id="faq-questions-title">${s.questionsHeading}</h2>
          <p class="hint">${translation ? s.translationOnlyHint(translation.mainLabel) : s.reorderHint}</p>
          ${draft.items.length === 0 ? html`<p class="empty">${s.emptyList}</p>` : nothing}
          <ol class="items">
            ${repeat(
              draft.items,
              (item) => `${this.editLang ?? ''} ${item.key}`,
              (item, index) => (translation ? this.#translationItem(item, index, translation) : this.#item(item, index, draft.items.length, s)),
            )}
          </ol>
          ${translation ? nothing : html`<button type="button" class="add" @click=${this.#add}>${s.addQuestion}</button>`}
        </section>
        <apt-faq-export
          .draft=${draft}
          .options=${this.publishOptions}
          .skipped=${new Set(this.#validation.problems.filter((problem) => problem.severity === 'error' && !problem.code.startsWith('translation')).map((problem) => problem.key).filter((key) => key !== undefined)).size}
          ui-lang=${this.uiLang}
          @exported=${this.#exported}
          @announce=${(event: CustomEvent<string>) => this.announce(event.detail)}
        ></apt-faq-export>
      </div>
      <apt-faq-preview
        .items=${this.#previewItems}
        content-lang=${this.editLang ?? draftMainLanguage(draft) ?? ''}
        ui-lang=${this.uiLang}
        @preview-select=${this.#previewSelected}
        @preview-options=${(event: CustomEvent<PublishOptions>) => (this.publishOptions = event.detail)}
      ></apt-faq-preview>
    </div>`;
  }

  /** An item in a translation view: no moving, duplicating or deleting (the main language decides those). */
  #translationItem(item: DraftItem, index: number, context: TranslationViewContext) {
    return html`<li class="item translation ${this.selectedKey === item.key ? 'selected' : ''}" data-key=${item.key} @focusin=${() => (this.selectedKey = item.key)}>
      ${translationItem(item, index, context)}
    </li>`;
  }

  #selectLanguage = (event: CustomEvent<LanguageRequest>): void => {
    this.editLang = event.detail.lang;
    this.announce(this.strings.editingLanguage(this.#label(event.detail.lang)));
  };

  #addLanguage = (event: CustomEvent<LanguageRequest>): void => {
    const lang = event.detail.lang!;
    this.#changeWithUndo(addLanguage(this.draft!, lang), this.strings.undoAddLanguage(this.#label(lang)));
    this.editLang = lang;
    this.announce(this.strings.languageAdded(this.#label(lang)));
    const bar = event.target as AptFaqLanguageBar;
    void this.updateComplete.then(() => bar.focusLanguage(lang)); // once the bar has the new draft
  };

  #removeLanguage = (event: CustomEvent<LanguageRequest>): void => {
    const lang = event.detail.lang!;
    this.#changeWithUndo(removeLanguage(this.draft!, lang), this.strings.undoRemoveLanguage(this.#label(lang)));
    if (this.editLang === lang) this.editLang = undefined;
    this.announce(this.strings.languageRemoved(this.#label(lang)));
    const bar = event.target as AptFaqLanguageBar;
    void this.updateComplete.then(() => bar.focusLanguage(this.editLang));
  };

  /** A language as the interface names it; undefined: the main one. */
  #label(lang: string | undefined): string {
    const tag = lang ?? this.draft?.lang.trim();
    return tag ? languageLabel(tag, this.uiLang) : this.strings.mainLanguageUnnamed;
  }

  /** A problem's link shows the language view that holds its field, then focuses the field. */
  #followProblem = async (problem: DraftProblem): Promise<void> => {
    this.editLang = problem.lang && draftLanguage(this.draft!, problem.lang) ? problem.lang : undefined;
    await this.updateComplete;
    const id = problemTarget(problem);
    const target = document.getElementById(id) ?? this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  #item(item: DraftItem, index: number, total: number, s: EditorStrings) {
    // A translation's problems are shown in its own view.
    const problems = this.#validation.problems.filter((problem) => problem.key === item.key && !problem.lang);
    const problemOf = (field: string) => problems.find((problem) => problem.field === field);
    const headingId = fieldId('heading', item.key);
    // A question just added is not "empty" in red before the user had a chance to type it.
    const questionProblem = this.#untouched.has(item.key) ? undefined : problemOf('question');
    const idProblem = problemOf('id');
    const errorText = (problem: DraftProblem) => s.problemText[problem.code](problem);
    const answerProblems = problems.filter((problem) => problem.field === 'answer');
    const mainLang = draftMainLanguage(this.draft!);
    return html`<li
      class="item ${this.selectedKey === item.key ? 'selected' : ''} ${this.dropKey === item.key ? 'drop-target' : ''}"
      data-key=${item.key}
      @keydown=${(event: KeyboardEvent) => this.#itemKeys(event, item.key)}
      @focusin=${() => (this.selectedKey = item.key)}
      @dragover=${(event: DragEvent) => this.#itemDragOver(event, item.key)}
      @drop=${(event: DragEvent) => this.#itemDrop(event, item.key)}
    >
      <section aria-labelledby=${headingId}>
        <h3 id=${headingId}>
          <span
            class="drag-handle"
            draggable="true"
            title=${s.dragHint}
            aria-hidden="true"
            @dragstart=${(event: DragEvent) => this.#itemDragStart(event, item.key)}
            @dragend=${this.#itemDragEnd}
            >⠿</span
          >
          ${s.itemHeading(index + 1, item.question.trim() || s.untitled)}
        </h3>
        <div class="item-actions" role="group" aria-label=${s.itemActions(index + 1)}>
          <button type="button" class="move-up" aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => this.#move(item.key, -1)}>${s.moveUp}</button>
          <button type="button" class="move-down" aria-disabled=${index === total - 1 ? 'true' : 'false'} @click=${() => this.#move(item.key, 1)}>${s.moveDown}</button>
          <button type="button" class="duplicate" @click=${() => this.#duplicate(item.key)}>${s.duplicate}</button>
          <button type="button" class="delete" @click=${() => this.#delete(item.key)}>${s.remove}</button>
        </div>
        <div class="field">
          <label for=${fieldId('question', item.key)}>${s.questionLabel}</label>
          <input
            id=${fieldId('question', item.key)}
            class="question"
            lang=${mainLang ?? nothing}
            .value=${item.question}
            aria-invalid=${questionProblem ? 'true' : 'false'}
            aria-describedby=${questionProblem ? fieldId('question-error', item.key) : nothing}
            @input=${(event: Event) => this.#update(item.key, { question: (event.target as HTMLInputElement).value })}
            @blur=${() => this.#touch(item.key)}
          />
          ${questionProblem ? html`<p class="field-error" id=${fieldId('question-error', item.key)}>${errorText(questionProblem)}</p>` : nothing}
        </div>
        <div class="field">
          <label for=${fieldId('id', item.key)}>${s.idLabel}</label>
          <input
            id=${fieldId('id', item.key)}
            class="id"
            .value=${item.id}
            ?readonly=${item.shared}
            spellcheck="false"
            autocapitalize="off"
            aria-invalid=${idProblem ? 'true' : 'false'}
            aria-describedby="${fieldId('id-hint', item.key)}${idProblem ? ` ${fieldId('id-error', item.key)}` : ''}"
            @input=${(event: Event) => this.#update(item.key, { id: (event.target as HTMLInputElement).value })}
          />
          ${item.shared ? this.#anchorChange(item, s) : nothing}
          ${item.idEdited && !item.shared
            ? html`<button type="button" class="id-reset" @click=${() => this.#update(item.key, { idEdited: false })}>${s.idReset}</button>`
            : nothing}
          <p class="hint" id=${fieldId('id-hint', item.key)}>${item.shared ? s.idHintShared : item.idEdited ? s.idHintEdited : s.idHintAuto}</p>
          ${idProblem ? html`<p class="field-error" id=${fieldId('id-error', item.key)}>${errorText(idProblem)}</p>` : nothing}
        </div>
        <div class="field">
          <span class="label" id=${fieldId('answer-label', item.key)}>${s.answerLabel}</span>
          <apt-faq-answer-field
            .value=${item.answer}
            field-id=${fieldId('answer', item.key)}
            labelled-by=${fieldId('answer-label', item.key)}
            ui-lang=${this.uiLang}
            content-lang=${mainLang ?? nothing}
            described-by=${answerProblems.length ? answerProblems.map((_, n) => fieldId(`answer-error-${n}`, item.key)).join(' ') : nothing}
            @answer-change=${(event: Event) => this.#update(item.key, { answer: (event.target as AptFaqAnswerField).value })}
          ></apt-faq-answer-field>
          ${answerProblems.map((problem, n) => html`<p class="field-error" id=${fieldId(`answer-error-${n}`, item.key)}>${errorText(problem)}</p>`)}
        </div>
        <div class="field checkbox">
          <input
            type="checkbox"
            id=${fieldId('open', item.key)}
            class="open"
            .checked=${item.open}
            @change=${(event: Event) => this.#update(item.key, { open: (event.target as HTMLInputElement).checked })}
          />
          <label for=${fieldId('open', item.key)}>${s.openLabel}</label>
        </div>
      </section>
    </li>`;
  }

  /**
   * A shared anchor (opened from a file, or exported) is read-only: links to it may exist.
   * "Change the anchor…" says what changing it breaks, and only a yes makes it editable.
   */
  #anchorChange(item: DraftItem, s: EditorStrings) {
    if (this.anchorAsk !== item.key) {
      return html`<button type="button" class="id-change" @click=${() => this.#askAnchor(item.key)}>${s.anchorChange}</button>`;
    }
    return html`<div class="anchor-question" role="group" aria-labelledby=${fieldId('id-question', item.key)}>
      <p id=${fieldId('id-question', item.key)}>${s.anchorChangeConfirm(item.id)}</p>
      <button type="button" class="id-change-yes" @click=${() => this.#answerAnchor(item.key, true)}>${s.anchorChangeYes}</button>
      <button type="button" class="id-change-no" @click=${() => this.#answerAnchor(item.key, false)}>${s.anchorChangeNo}</button>
    </div>`;
  }

  #askAnchor(key: number): void {
    this.anchorAsk = key;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`[data-key="${key}"] .id-change-no`)?.focus());
  }

  #answerAnchor(key: number, yes: boolean): void {
    this.anchorAsk = undefined;
    if (yes) this.#update(key, { shared: false });
    void this.#focusAfterRender(yes ? fieldId('id', key) : '', `[data-key="${key}"] .id-change`);
  }

  /** The JSON or the HTML left the editor: its anchors may now be linked to, so they stay put. */
  #exported = (event: CustomEvent<ExportedDetail>): void => {
    this.#untouched.clear(); // exported: every problem is shown where it is
    const dirty = event.detail.kind === 'json' ? false : this.dirty;
    this.#change(markShared(this.draft!));
    this.dirty = dirty;
  };

  /** A question opened in the preview is selected in the form and scrolled into view. */
  #previewSelected = (event: CustomEvent<{ id: string }>): void => {
    const item = this.draft?.items.find((candidate) => candidate.id === event.detail.id);
    if (!item) return;
    this.selectedKey = item.key;
    this.querySelector(`[data-key="${item.key}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  #update(key: number, change: Partial<Omit<DraftItem, 'key'>>): void {
    this.#change(updateItem(this.draft!, key, change, this.strings.anchorFallback));
  }

  /**
   * Questions added and not left yet: their "question is empty" waits for the field to be left
   * (as forms do). The problems list and its count say it at once all the same.
   */
  #untouched = new Set<number>();

  #touch(key: number): void {
    if (this.#untouched.delete(key)) this.requestUpdate();
  }

  #add = (): void => {
    const { draft, key } = addItem(this.draft!, undefined, this.strings.anchorFallback);
    this.#untouched.add(key);
    this.#changeWithUndo(draft, this.strings.undoAdd);
    this.announce(this.strings.added(draft.items.length));
    void this.#focusAfterRender(fieldId('question', key));
  };

  #duplicate(key: number): void {
    const { draft, key: copyKey } = duplicateItem(this.draft!, key);
    this.#changeWithUndo(draft, this.strings.undoDuplicate);
    this.announce(this.strings.duplicated(draft.items.findIndex((item) => item.key === copyKey) + 1));
    void this.#focusAfterRender(fieldId('question', copyKey));
  }

  #delete(key: number): void {
    const items = this.draft!.items;
    const index = items.findIndex((item) => item.key === key);
    const question = items[index].question.trim() || this.strings.untitled;
    this.#changeWithUndo(removeItem(this.draft!, key), this.strings.undoDelete(question));
    this.announce(this.strings.deleted(question));
    // Focus stays near where it was: the next question's delete button, else the previous, else "Add".
    const neighbour = items[index + 1] ?? items[index - 1];
    void this.updateComplete.then(() =>
      (neighbour ? this.querySelector<HTMLElement>(`[data-key="${neighbour.key}"] .delete`) : this.querySelector<HTMLElement>('.add'))?.focus(),
    );
  }

  #move(key: number, offset: number): void {
    const before = this.draft!;
    const after = moveItem(before, key, offset);
    if (after === before) return;
    // Moving the element in the DOM drops its focus: remember it, with the caret, and put it back.
    const active = document.activeElement as HTMLElement | null;
    const selection = getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
    this.#changeWithUndo(after, this.strings.undoMove);
    const position = after.items.findIndex((item) => item.key === key) + 1;
    this.announce(this.strings.moved(position, after.items.length));
    void this.updateComplete.then(() => {
      if (!active || document.activeElement === active) return;
      active.focus();
      if (range && active.isContentEditable) {
        selection!.removeAllRanges();
        selection!.addRange(range);
      }
    });
  }

  /** Alt+↑ / Alt+↓ move the question being edited. */
  #itemKeys(event: KeyboardEvent, key: number): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    this.#move(key, event.key === 'ArrowUp' ? -1 : 1);
  }

  #itemDragStart(event: DragEvent, key: number): void {
    this.#draggedKey = key;
    event.dataTransfer?.setData('text/plain', String(key)); // Firefox starts no drag without data
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  #itemDragOver(event: DragEvent, key: number): void {
    if (this.#draggedKey === undefined) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dropKey = key;
  }

  #itemDrop(event: DragEvent, key: number): void {
    const dragged = this.#draggedKey;
    if (dragged === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    const items = this.draft!.items;
    const offset = items.findIndex((item) => item.key === key) - items.findIndex((item) => item.key === dragged);
    this.#itemDragEnd();
    this.#move(dragged, offset);
  }

  #itemDragEnd = (): void => {
    this.#draggedKey = undefined;
    this.dropKey = undefined;
  };

  #undoLast = (): void => {
    const step = this.#undo.pop();
    if (!step) return;
    this.#change(step.draft);
    this.announce(this.strings.undone(step.label));
  };

  /** Focuses the element with `id` once drawn (or the one `selector` finds). */
  async #focusAfterRender(id: string, selector = `#${CSS.escape(id)}`): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(id ? `#${CSS.escape(id)}` : selector)?.focus();
  }

  #fileChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.openFile(file);
  };

  #dragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #dragLeave = (event: DragEvent): void => {
    if (!event.relatedTarget || !this.contains(event.relatedTarget as Node)) this.dragging = false;
  };

  #drop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.openFile(file);
  };

  #guardLeaving = (event: BeforeUnloadEvent): void => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = ''; // older engines need it set to show the dialog
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-editor': AptFaqEditor;
  }
}
