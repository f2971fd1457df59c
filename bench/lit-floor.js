// A reference, not a candidate: the least a Lit accordion can do. One element, one shadow
// root, one template per item (heading, button, collapsed answer's paragraphs), a click
// toggles it. No sanitizer, no context, no features. What it costs is the floor that any
// Lit-based FAQ pays on top of native <details>: loading and running Lit, a shadow root,
// a first render.
/* global customElements -- runs in the browser */
import { LitElement, css, html } from 'lit';

class LitFloor extends LitElement {
  static styles = css`
    :host { display: block; }
    button { all: unset; display: block; box-sizing: border-box; inline-size: 100%; min-block-size: 44px; cursor: pointer; }
  `;

  static properties = { items: { attribute: false } };

  constructor() {
    super();
    this.items = [];
    this.open = new Set();
  }

  toggle(id) {
    if (!this.open.delete(id)) this.open.add(id);
    this.requestUpdate();
  }

  render() {
    return this.items.map(
      (item) => html`<div>
        <h3><button part="button" aria-expanded=${this.open.has(item.id)} @click=${() => this.toggle(item.id)}>${item.question}</button></h3>
        <div class="answer" ?hidden=${!this.open.has(item.id)}>${item.paragraphs.map((p) => html`<p>${p}</p>`)}</div>
      </div>`,
    );
  }
}

customElements.define('lit-floor', LitFloor);
