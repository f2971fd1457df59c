import { expect } from '@open-wc/testing';
import { buttons, loadFrame, waitFor } from '../test/helpers.js';
import type { AptFaq } from '../apt-faq.js';
import type { AptFaqEditor } from './apt-faq-editor.js';
import type { AptFaqAnswerField } from './answer-field.js';

interface EditorWindow extends Window {
  __violations?: string[];
}

/** Loads the built single-file editor (`npm run build`) in a frame: its own `<meta>` CSP applies. */
async function editorFile(): Promise<EditorWindow> {
  return (await loadFrame('/dist/apt-faq-editor.html', 'inline-size: 1200px; block-size: 800px'));
}

describe('dist/apt-faq-editor.html', () => {
  it('carries SPEC’s strict policy with Trusted Types, and allows its one script by hash only', async () => {
    const page = await editorFile();
    const policy = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types lit-html apt-faq');
    expect(policy).to.match(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).to.not.contain('unsafe');
    // Self-contained: no script or stylesheet is fetched.
    expect(page.document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]')).to.have.length(0);
  });

  it('works with zero violations: start, type, paste, format, preview, export', async () => {
    const page = await editorFile();
    const doc = page.document;
    const editor = await started(page);
    const preview = doc.querySelector('apt-faq') as AptFaq;
    await waitFor(() => buttons(preview).length === 6);

    doc.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    const question = doc.querySelector<HTMLInputElement>('.item:last-child .question')!;
    question.value = 'A question typed under a strict policy?';
    question.dispatchEvent(new (page as unknown as typeof globalThis).InputEvent('input', { bubbles: true }));
    const field = doc.querySelector('.item:last-child apt-faq-answer-field') as AptFaqAnswerField;
    // Markup from a word processor or a web page, with what the FAQ cannot show: it is cleaned away.
    pasteInto(page, field, '<div class="MsoNormal"><font face="Arial"><span class="x">Kept <b>bold</b></span></font><o:p></o:p></div><table><tr><td>cell</td></tr></table>');
    page.getSelection()!.selectAllChildren(field.editable);
    field.querySelector<HTMLButtonElement>('.tool-italic')!.click();
    await editor.updateComplete;
    // Engines nest the italic and the bold differently; what matters is both are there, and nothing else.
    expect(field.value.replace(/<\/?(p|i|b)>/g, '')).to.equal('Kept boldcell');
    expect(field.value).to.contain('<i>').and.contain('<b>');

    await waitFor(() => buttons(preview).length === 7);
    expect(preview.show('a-question-typed-under-a-strict-policy')).to.equal(true);
    await preview.updateComplete;
    const markup = doc.querySelector<HTMLTextAreaElement>('.markup')!.value;
    expect(markup).to.contain('<h3 slot="question">A question typed under a strict policy?</h3>');

    expect(page.__violations).to.deep.equal([]);
    // The policy really is in force: a raw HTML string is refused (where the engine has Trusted
    // Types: Firefox only since after ESR 140).
    if ('trustedTypes' in page) expect(() => (doc.createElement('div').innerHTML = '<b>raw</b>')).to.throw();
    // And the listener really hears the page's violations: code run in the page's own realm is refused and reported.
    expect(() => (page as unknown as { eval(code: string): unknown }).eval('1 + 1')).to.throw();
    await waitFor(() => page.__violations!.length > 0);
    expect(page.__violations![0]).to.match(/^(require-trusted-types-for|script-src)/);
  });

  it('translates under the policy with zero violations: the main answers shown, a translated answer pasted, the preview and the HTML in French', async () => {
    const page = await editorFile();
    const doc = page.document;
    const editor = await started(page);
    doc.querySelector<HTMLButtonElement>('.add-language')!.click();
    const bar = doc.querySelector('apt-faq-language-bar')!;
    await bar.updateComplete;
    doc.querySelector<HTMLInputElement>('.new-language')!.value = 'fr';
    doc.querySelector<HTMLButtonElement>('.add-language-confirm')!.click();
    await editor.updateComplete;
    await waitFor(() => doc.querySelector('.main-text-value p') !== null);
    const field = doc.querySelector('.item apt-faq-answer-field') as AptFaqAnswerField;
    pasteInto(page, field, '<p>Une réponse <b>traduite</b>.</p>');
    await editor.updateComplete;
    expect(field.value).to.equal('<p>Une réponse <b>traduite</b>.</p>');
    const preview = doc.querySelector('apt-faq') as AptFaq;
    await waitFor(() => preview.items?.[0]?.answer === '<p>Une réponse <b>traduite</b>.</p>');
    const select = doc.querySelector<HTMLSelectElement>('.html-lang')!;
    select.value = 'fr';
    select.dispatchEvent(new (page as unknown as typeof globalThis).Event('change'));
    await waitFor(() => doc.querySelector<HTMLTextAreaElement>('.markup')!.value.includes('<b>traduite</b>'));
    expect(page.__violations).to.deep.equal([]);
  });

  it('runs nothing pasted: handlers and inline styles are blocked (and may be reported) before the sanitizer drops them', async () => {
    const page = await editorFile() as EditorWindow & { pwned?: boolean };
    const doc = page.document;
    const editor = await started(page);
    doc.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    const field = doc.querySelector('.item:last-child apt-faq-answer-field') as AptFaqAnswerField;
    page.pwned = false;
    pasteInto(
      page,
      field,
      '<p style="color:red" onclick="window.pwned=true">Kept <b>bold</b><img src=x onerror="window.pwned=true">' +
        '<script>window.pwned=true</script><a href="javascript:window.pwned=true">link</a></p>',
    );
    await editor.updateComplete;
    expect(field.value).to.equal('<p>Kept <b>bold</b><a>link</a></p>');
    field.editable.querySelector('a')!.click();
    expect(page.pwned).to.equal(false);
    // Chromium reports an inline handler or style when the browser's parser meets it, even in the
    // sanitizer's inert template: blocked there, dropped next. Nothing else may be reported.
    expect(page.__violations!.filter((line) => !/^(script|style)-src-attr /.test(line))).to.deep.equal([]);
  });
});

/** Waits for the editor of the page, starts listening for violations, opens the bundled FAQ. */
async function started(page: EditorWindow): Promise<AptFaqEditor> {
  const doc = page.document;
  // The editor only starts if the browser ran the inline script under the policy.
  await waitFor(() => doc.querySelector('apt-faq-editor .start-bundled') !== null);
  page.__violations = [];
  doc.addEventListener('securitypolicyviolation', (event) => page.__violations!.push(`${event.effectiveDirective} ${event.blockedURI || event.sample}`));
  const editor = doc.querySelector('apt-faq-editor') as AptFaqEditor;
  doc.querySelector<HTMLButtonElement>('.start-bundled')!.click();
  await editor.updateComplete;
  return editor;
}

/** Pastes HTML into an answer field of the page (see test-helpers.ts for why the data is handed over this way). */
function pasteInto(page: EditorWindow, field: AptFaqAnswerField, html: string): void {
  const realm = page as unknown as typeof globalThis;
  field.editable.focus();
  const transfer = new realm.DataTransfer();
  transfer.setData('text/html', html);
  const event = new realm.ClipboardEvent('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: transfer });
  field.editable.dispatchEvent(event);
}
