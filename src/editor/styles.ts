/**
 * The editor's stylesheet, adopted by the page (a constructable stylesheet: no inline
 * `<style>`, so the page keeps a strict `style-src`). Form left, preview right; stacked on
 * narrow screens. Logical properties only.
 */
import { css } from 'lit';

export const editorStyles = css`
  apt-faq-editor {
    display: block;
    color-scheme: light dark;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    line-height: 1.5;
    --editor-accent: #0b5cad;
    --editor-danger: #b00020;
    --editor-border: color-mix(in srgb, currentColor 30%, transparent);
  }
  @supports (color: light-dark(#000, #fff)) {
    apt-faq-editor {
      --editor-accent: light-dark(#0b5cad, #7db9f5);
      --editor-danger: light-dark(#b00020, #ff9a94);
    }
  }
  /* A field scrolled into view (Tab, a problem link) must not hide under the sticky status bar. */
  html:has(apt-faq-editor) {
    scroll-padding-block-start: 4rem;
  }
  apt-faq-editor :focus-visible {
    outline: 3px solid var(--editor-accent);
    outline-offset: 2px;
  }
  apt-faq-editor .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .editor {
    position: relative;
    padding: 1rem;
    max-inline-size: 110rem;
    margin-inline: auto;
  }
  .editor-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
  }
  .editor-header h1 {
    margin: 0;
    font-size: 1.6rem;
  }
  .header-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .editor button,
  .editor select,
  .editor input,
  .editor textarea {
    font: inherit;
  }
  .editor button {
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 0.9rem;
    border: 1px solid var(--editor-border);
    border-radius: 0.4rem;
    background: Canvas;
    color: CanvasText;
    cursor: pointer;
  }
  .editor button:hover {
    border-color: currentColor;
  }
  .editor button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .start-actions button,
  .editor .add,
  .editor .copy-markup {
    background: var(--editor-accent);
    border-color: var(--editor-accent);
    color: Canvas;
  }
  .editor input:not([type='checkbox']),
  .editor textarea,
  .editor select {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding-block: 0.35rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--editor-border);
    border-radius: 0.3rem;
    background: Field;
    color: FieldText;
  }
  .editor input[aria-invalid='true'] {
    border: 2px solid var(--editor-danger);
  }
  .editor .field {
    margin-block: 0.75rem;
  }
  .editor .field > label,
  .editor .field > .label {
    display: block;
    font-weight: 600;
  }
  .editor .field > input:not([type='checkbox']),
  .editor .field > textarea {
    inline-size: 100%;
  }
  .editor .field.checkbox {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .editor input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .editor .hint {
    margin-block: 0.25rem;
    font-size: 0.9rem;
    opacity: 0.85;
  }
  .editor .field-error,
  .editor .open-error {
    margin-block: 0.25rem;
    color: var(--editor-danger);
    font-weight: 600;
  }
  .start,
  .restore,
  .file-problems {
    margin-block: 1rem;
  }
  .start-actions,
  .export-actions,
  .item-actions,
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .restore,
  .replace-question,
  .anchor-question {
    padding: 0.75rem;
    border: 2px solid var(--editor-accent);
    border-radius: 0.4rem;
  }
  .status-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    min-block-size: 3.25rem;
    padding-block: 0.25rem;
    background: Canvas;
    border-block-end: 1px solid var(--editor-border);
  }
  .problem-count {
    font-weight: 600;
    color: inherit;
  }
  .problem-count.has-problems {
    color: var(--editor-danger);
  }
  .workspace {
    display: grid;
    gap: 2rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    apt-faq-preview {
      position: sticky;
      inset-block-start: 3.5rem; /* below the status bar */
      align-self: start;
      max-block-size: calc(100vh - 3.5rem);
      overflow: auto;
    }
  }
  apt-faq-preview,
  apt-faq-export {
    display: block;
  }
  .editor .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .editor .item {
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--editor-border);
    border-radius: 0.5rem;
  }
  .editor .item.selected {
    border: 2px solid var(--editor-accent);
  }
  .editor .item h3 {
    margin-block: 0 0.5rem;
    font-size: 1.1rem;
  }
  .editor .item.drop-target {
    border-block-start: 4px solid var(--editor-accent);
  }
  .drag-handle {
    cursor: grab;
    padding-inline-end: 0.25rem;
    user-select: none;
  }
  .editor .id-reset,
  .editor .id-change {
    margin-block-start: 0.25rem;
  }
  .editor input[readonly] {
    background: transparent;
  }
  .anchor-question p,
  .replace-question p {
    margin-block-start: 0;
  }
  .problems a {
    color: inherit;
  }
  .problems li {
    margin-block: 0.25rem;
  }
  .problems .count {
    font-weight: normal;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block: 0.25rem;
  }
  .editor .toolbar button {
    min-block-size: 2.75rem;
    padding-inline: 0.6rem;
  }
  .tool-bold {
    font-weight: 700;
  }
  .tool-italic {
    font-style: italic;
  }
  .tool-code {
    font-family: ui-monospace, monospace;
  }
  .link-form {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .link-form input {
    flex: 1 1 14rem;
  }
  .link-form .field-error {
    flex-basis: 100%;
  }
  .answer-editable {
    min-block-size: 6rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--editor-border);
    border-radius: 0.3rem;
    background: Field;
    color: FieldText;
  }
  .answer-editable:focus-visible,
  .answer-editable:focus {
    outline: 3px solid var(--editor-accent);
    outline-offset: 2px;
  }
  .snippet {
    font-family: ui-monospace, monospace;
    font-size: 0.85rem;
  }
  .warning {
    padding: 0.5rem;
    border-inline-start: 4px solid var(--editor-danger);
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-block-size: 2.75rem;
  }
  .preview-page {
    margin-block-start: 1rem;
    padding: 1rem;
    border: 1px solid var(--editor-border);
    border-radius: 0.5rem;
    background: #fff;
    color: #1a1a1a;
  }
  .preview-page.dark {
    color-scheme: dark;
    background: #15181c;
    color: #eceff3;
  }
  /* Languages (issue 24): buttons that wrap in every interface language, the current one marked by more than colour. */
  apt-faq-language-bar {
    display: block;
  }
  .language-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .language-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .editor .language[aria-pressed='true'] {
    font-weight: 700;
    border: 2px solid var(--editor-accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .add-language-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .add-language-form .field {
    flex: 1 1 100%;
  }
  .remove-language-question {
    margin-block: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--editor-danger);
    border-radius: 0.4rem;
  }
  .remove-language-question p,
  .main-text-value > :first-child {
    margin-block-start: 0;
  }
  .translation-summary {
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .main-text {
    margin-block: 0.25rem 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--editor-border);
    background: color-mix(in srgb, currentColor 5%, transparent);
  }
  .main-text-label {
    display: block;
    font-size: 0.875rem;
    font-style: italic;
  }
  .main-text-value > :last-child {
    margin-block-end: 0;
  }
  .untranslated-marker {
    display: inline-block;
    margin-block: 0 0.5rem;
    padding: 0.1rem 0.5rem;
    font-weight: 600;
    border: 1px dashed currentColor;
    border-radius: 0.3rem;
  }
  .drop-overlay {
    position: fixed;
    inset: 0;
    display: grid;
    place-items: center;
    font-size: 2rem;
    font-weight: 700;
    background: color-mix(in srgb, Canvas 85%, transparent);
    border: 6px dashed var(--editor-accent);
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .editor .item.selected,
    .restore,
    .replace-question,
    .anchor-question {
      border-color: Highlight;
    }
  }
`;
