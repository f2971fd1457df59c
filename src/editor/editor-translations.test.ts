import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Validator } from '@cfworker/json-schema';
import schema from '../apt-faq.schema.json';
import sample from '../../demo/public/sample-multilingual.json';
import { buttons, waitFor } from '../test/helpers.js';
import type { AptFaq } from '../apt-faq.js';
import { AUTOSAVE_KEY, LANGUAGE_KEY } from './autosave.js';
import type { AptFaqEditor } from './apt-faq-editor.js';
import { announcement, chooseFile, downloadFrom, downloadJson, itemAt, paste, renderEditor, typeInto } from './test-helpers.js';

const schemaValidator = new Validator(schema as object, '2020-12', false);

/** The demo's document in English, French and Spanish (Spanish lacks one answer and the last item). */
const SAMPLE_TEXT = JSON.stringify(sample, null, 2);
/** What the editor writes of it: the same, without the `$schema` a file may carry for code editors. */
const SAMPLE = Object.fromEntries(Object.entries(sample).filter(([key]) => key !== '$schema'));

/** Three questions; French has the first in full and the second's question only; no Spanish at all. */
const PARTLY_FRENCH = JSON.stringify({
  lang: 'en',
  items: [
    { id: 'funding', question: 'Can we get funding?', answer: '<p>Yes, <b>sometimes</b>.</p>' },
    { id: 'partners', question: 'Who are the partners?', answer: '<p>Many NGOs.</p>' },
    { id: 'contact', question: 'How to reach us?', answer: '<p>By mail.</p>' },
  ],
  translations: {
    fr: {
      items: [
        { id: 'funding', question: 'Pouvons-nous obtenir un financement ?', answer: '<p>Oui, <b>parfois</b>.</p>' },
        { id: 'partners', question: 'Qui sont les partenaires ?' },
      ],
    },
  },
});

/** The language bar's buttons, as their text reads. */
const languageButtons = (editor: AptFaqEditor): string[] => [...editor.querySelectorAll('.language')].map((button) => button.textContent.trim());

/** Asserts that `element` has focus (naming what has it instead: a failure never carries DOM nodes). */
function expectFocused(element: Element | null, what: string): void {
  expect(document.activeElement === element, `${what} has focus, not ${document.activeElement?.outerHTML.slice(0, 80)}`).to.equal(true);
}

/** Waits for the editor and its language bar to draw (the bar moves the focus once drawn). */
async function settled(editor: AptFaqEditor): Promise<void> {
  await editor.updateComplete;
  await editor.querySelector('apt-faq-language-bar')!.updateComplete;
}

/** Presses a language's button in the bar (`''`: the main language). */
async function chooseLanguage(editor: AptFaqEditor, lang: string): Promise<void> {
  editor.querySelector<HTMLButtonElement>(`.language[data-lang="${lang}"]`)!.click();
  await settled(editor);
}

/** The preview's questions, as a reader sees them. */
async function previewQuestions(editor: AptFaqEditor): Promise<string[]> {
  const preview = editor.querySelector<AptFaq>('apt-faq')!;
  await preview.updateComplete;
  return buttons(preview).map((button) => button.textContent.trim());
}

describe('<apt-faq-editor> with several languages', () => {
  afterEach(() => {
    localStorage.removeItem(AUTOSAVE_KEY);
    localStorage.removeItem(LANGUAGE_KEY);
  });

  it('opens a three-language document and downloads it with every translation, also after a reload', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, SAMPLE_TEXT, 'sample-multilingual.json');
    expect(languageButtons(editor)).to.deep.equal(['English (en), main language', 'French (fr)', 'Spanish (es)']);
    const downloaded = JSON.parse((await downloadJson(editor)).text) as unknown;
    expect(downloaded).to.deep.equal(SAMPLE);
    expect(schemaValidator.validate(downloaded).valid, 'valid against apt-faq.schema.json').to.equal(true);

    // The autosaved draft holds the translations too.
    const reloaded = await renderEditor({ keepSaved: true });
    reloaded.querySelector<HTMLButtonElement>('.restore-draft')!.click();
    await reloaded.updateComplete;
    expect(JSON.parse((await downloadJson(reloaded)).text)).to.deep.equal(SAMPLE);
  });

  it('reads a translation keyed by a language’s name as its code, says so when the file opens, and saves the code', async () => {
    const editor = await renderEditor();
    const written = JSON.parse(PARTLY_FRENCH) as { translations: Record<string, unknown> };
    written.translations = { French: written.translations.fr };
    await chooseFile(editor, JSON.stringify(written), 'faq.json');
    expect(languageButtons(editor)).to.deep.equal(['English (en), main language', 'French (fr)']);
    const said = [...editor.querySelectorAll('.file-problems li')].map((li) => li.textContent);
    expect(said.some((text) => text === 'French (fr): the language “French” is not a code: read as fr, the code pages use; the file you save has fr.'), said.join(' | ')).to.equal(true);
    const downloaded = JSON.parse((await downloadJson(editor)).text) as { translations: Record<string, unknown> };
    expect(Object.keys(downloaded.translations)).to.deep.equal(['fr']);
  });

  it('adds a language (checking its code), shows the main text beside each field, and exports what was typed', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, PARTLY_FRENCH);
    editor.querySelector<HTMLButtonElement>('.add-language')!.click();
    await settled(editor);
    const field = editor.querySelector<HTMLInputElement>('.new-language')!;
    expectFocused(field, 'the language code field');
    const refused = async (tag: string, message: string) => {
      field.value = tag;
      editor.querySelector<HTMLButtonElement>('.add-language-confirm')!.click();
      await settled(editor);
      expect(editor.querySelector('#faq-new-language-error')!.textContent, tag).to.equal(message);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.contain('faq-new-language-error');
    };
    await refused('', 'Type a language code.');
    await refused('not a code', '“not a code” is not the code of a language. Type a code such as en, fr or es.');
    await refused('EN', 'English (en) is the main language of this FAQ.');
    await refused('fr', 'This FAQ already has a translation into French (fr).');

    // The keyboard alone: type the code, Enter.
    field.value = '';
    field.focus();
    await sendKeys({ type: 'pt-BR' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => languageButtons(editor).length === 3);
    await settled(editor);
    const added = editor.querySelector<HTMLButtonElement>('.language[data-lang="pt-BR"]')!;
    expect(added.getAttribute('aria-pressed')).to.equal('true');
    expectFocused(added, 'the new language’s button');
    expect(announcement(editor)).to.match(/^Brazilian Portuguese \(pt-BR\) added\./);

    // A translation view: the main text read-only above each field, no add, move or delete.
    const first = itemAt(editor, 0);
    expect(first.querySelector('label[for$="-question"]')!.textContent).to.equal('Question in Brazilian Portuguese (pt-BR)');
    const main = first.querySelector('.main-text')!;
    expect(main.textContent).to.contain('In English (en), the main language').and.contain('Can we get funding?');
    expect(main.querySelector('[lang="en"]')!.textContent).to.equal('Can we get funding?');
    expect(first.querySelector('.answer-editable')!.getAttribute('lang')).to.equal('pt-BR');
    expect(editor.querySelector('.main-text-value b')!.textContent).to.equal('sometimes');
    expect(editor.querySelectorAll('.add, .move-up, .move-down, .duplicate, .delete, .id, .open, .doc-lang')).to.have.length(0);
    expect(editor.querySelector('.questions > .hint')!.textContent).to.equal(
      'Questions are added, deleted and moved in the main language, English (en); here you translate their texts.',
    );

    await typeInto(editor, first.querySelector<HTMLInputElement>('.question')!, 'Podemos obter financiamento?');
    await paste(editor, first.querySelector<HTMLElement>('.answer-editable')!, { 'text/plain': 'Sim, às vezes.' });
    await typeInto(editor, editor.querySelector<HTMLInputElement>('.doc-title')!, 'Financiamento');
    const exported = JSON.parse((await downloadJson(editor)).text) as { items: unknown[]; translations: Record<string, unknown> };
    expect(exported.translations['pt-BR']).to.deep.equal({
      title: 'Financiamento',
      items: [{ id: 'funding', question: 'Podemos obter financiamento?', answer: '<p>Sim, às vezes.</p>' }],
    });
    expect(Object.keys(exported.translations)).to.deep.equal(['fr', 'pt-BR']);
    // Editing a translation left the main language as it was.
    expect(exported.items).to.deep.equal((JSON.parse(PARTLY_FRENCH) as { items: unknown[] }).items);
    expect(schemaValidator.validate(exported).valid).to.equal(true);

    // Back to the main language: its own fields again.
    await chooseLanguage(editor, '');
    expect(itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!.value).to.equal('Can we get funding?');
    expect(editor.querySelector('.add')).to.not.equal(null);
  });

  it('takes only language codes, in French: a language’s name is refused with its code, the main one left out of the file', async () => {
    const editor = await renderEditor({ lang: 'fr' });
    editor.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await settled(editor);
    const language = editor.querySelector<HTMLInputElement>('.doc-lang')!;
    expect(language.value, 'a new FAQ is in the interface’s language').to.equal('fr');
    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await settled(editor);
    await typeInto(editor, itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!, 'Qui ?');
    await paste(editor, itemAt(editor, 0).querySelector<HTMLElement>('.answer-editable')!, { 'text/plain': 'Nous.' });

    // The main language: a name is said under the field and in the problems, and kept out of the export.
    await typeInto(editor, language, 'français');
    const error = editor.querySelector('#faq-lang-error')!;
    expect(error.textContent).to.equal(
      '«\u00a0français\u00a0» n’est pas un code de langue\u00a0: pour le français, tapez fr. Tant que ce n’est pas un code de langue, la FAQ est enregistrée sans langue.',
    );
    expect(language.getAttribute('aria-invalid')).to.equal('true');
    expect(language.getAttribute('aria-describedby')).to.contain('faq-lang-error');
    const link = [...editor.querySelectorAll<HTMLAnchorElement>('.problem-link')].find((candidate) => candidate.textContent.includes('français'))!;
    expect(link.textContent.trim()).to.equal('La langue des questions, «\u00a0français\u00a0», n’est pas un code de langue\u00a0: la FAQ est enregistrée sans langue.');
    let file = await downloadJson(editor);
    expect(file.name).to.equal('faq.json');
    expect((JSON.parse(file.text) as { lang?: string }).lang).to.equal(undefined);
    await editor.querySelector('apt-faq-export')!.updateComplete;
    expect(editor.querySelector<HTMLTextAreaElement>('.snippet.markup')!.value).to.not.contain('français');
    link.click();
    await waitFor(() => document.activeElement === language);

    // A code in any case is kept in its canonical form once the field is left.
    await typeInto(editor, language, 'FR-ca');
    expect(editor.querySelector('#faq-lang-error')).to.equal(null);
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(editor);
    expect(language.value).to.equal('fr-CA');
    file = await downloadJson(editor);
    expect(file.name).to.equal('faq.fr-ca.json');
    expect((JSON.parse(file.text) as { lang?: string }).lang).to.equal('fr-CA');

    // A translation: names in French, in English, and unknown codes are refused; a code is added in canonical form.
    editor.querySelector<HTMLButtonElement>('.add-language')!.click();
    await settled(editor);
    const field = editor.querySelector<HTMLInputElement>('.new-language')!;
    const refusal = async (text: string) => {
      field.value = text;
      editor.querySelector<HTMLButtonElement>('.add-language-confirm')!.click();
      await settled(editor);
      return editor.querySelector('#faq-new-language-error')?.textContent;
    };
    expect(await refusal('espagnol')).to.equal('«\u00a0espagnol\u00a0» n’est pas un code de langue\u00a0: pour l’espagnol, tapez es.');
    expect(await refusal('Spanish')).to.equal('«\u00a0Spanish\u00a0» n’est pas un code de langue\u00a0: pour l’espagnol, tapez es.');
    expect(await refusal('xx')).to.equal('«\u00a0xx\u00a0» n’est le code d’aucune langue. Tapez un code comme en, fr ou es.');
    // A server's locale (`es_ES`) is the code with a hyphen.
    expect(await refusal('es_ES')).to.match(/^«\u00a0es_ES\u00a0» n’est pas un code de langue\u00a0: pour l’espagnol\b.*, tapez es-ES\.$/i);
    expect(await refusal('ES')).to.equal(undefined);
    await waitFor(() => languageButtons(editor).length === 2);
    expect(editor.querySelector('.language[data-lang="es"]')).to.not.equal(null);
    expect(editor.querySelector('.undo')!.textContent).to.equal('Annuler l’ajout\u00a0: espagnol (es)');
    expect(editor.querySelector('.translation-summary')!.textContent.trim()).to.match(/^Espagnol \(es\)\u00a0: 1 question non traduite sur 1/);
  });

  it('words undo in natural Spanish', async () => {
    const editor = await renderEditor({ lang: 'es' });
    expect(editor.querySelector('.start-empty')!.textContent).to.equal('Empezar desde cero, sin preguntas');
    await chooseFile(editor, PARTLY_FRENCH);
    editor.querySelector<HTMLButtonElement>('.add-language')!.click();
    await settled(editor);
    editor.querySelector<HTMLInputElement>('.new-language')!.value = 'de';
    editor.querySelector<HTMLButtonElement>('.add-language-confirm')!.click();
    await settled(editor);
    const undo = editor.querySelector<HTMLButtonElement>('.undo')!;
    // WebKit names the language with a capital ("Alemán"): the sentence around it is what is checked.
    expect(undo.textContent).to.match(/^Deshacer la adición del idioma alemán \(de\)$/i);
    undo.click();
    await settled(editor);
    expect(announcement(editor)).to.match(/^Se deshizo la adición del idioma alemán \(de\)\.$/i);
  });

  it('marks untranslated items in words, sums up each language, and lists the missing texts as problems', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, PARTLY_FRENCH);
    const summary = () => editor.querySelector('.translation-summary')!.textContent.trim();
    expect(summary()).to.equal('French (fr): 2 of 3 items untranslated: partners (answer), contact (question, answer)');
    await chooseLanguage(editor, 'fr');
    const marker = (index: number) => itemAt(editor, index).querySelector('.untranslated-marker')?.textContent;
    expect([0, 1, 2].map(marker)).to.deep.equal([undefined, 'Not translated: answer', 'Not translated: question, answer']);
    const problems = () => [...editor.querySelectorAll('.problem-link')].map((link) => link.textContent.trim());
    expect(problems()).to.deep.equal([
      'Question 2, French (fr): not translated (answer): shown in the main language.',
      'Question 3, French (fr): not translated (question, answer): shown in the main language.',
    ]);

    // Translating the answer takes the marker, the line of the summary and the problem away.
    await paste(editor, itemAt(editor, 1).querySelector<HTMLElement>('.answer-editable')!, { 'text/plain': 'De nombreuses ONG.' });
    expect(marker(1)).to.equal(undefined);
    expect(summary()).to.equal('French (fr): 1 of 3 items untranslated: contact (question, answer)');
    expect(problems()).to.have.length(1);

    // A problem's link goes to its field in its language, from the main view too.
    await chooseLanguage(editor, '');
    editor.querySelector<HTMLAnchorElement>('.problem-link')!.click();
    await waitFor(() => document.activeElement === itemAt(editor, 2).querySelector('.question'));
    expect(editor.querySelector('.language[data-lang="fr"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(itemAt(editor, 2).querySelector<HTMLInputElement>('.question')!.lang).to.equal('fr');

    // In French and Spanish.
    for (const [ui, expected] of [
      ['fr', 'Français (fr)\u00a0: 1 question non traduite sur 3\u00a0: contact (question, réponse)'],
      ['es', 'Francés (fr): 1 de 3 preguntas sin traducir: contact (pregunta, respuesta)'],
    ]) {
      const select = editor.querySelector<HTMLSelectElement>('.ui-lang')!;
      select.value = ui;
      select.dispatchEvent(new Event('change'));
      await settled(editor);
      expect(summary()).to.equal(expected);
    }
    expect(marker(2)).to.equal('Sin traducir: pregunta, respuesta');
  });

  it('says when the main language is missing or is also a translation, each linked to its field', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, PARTLY_FRENCH);
    const problems = () => [...editor.querySelectorAll('.problem-link')].map((link) => link.textContent.trim());
    const language = editor.querySelector<HTMLInputElement>('.doc-lang')!;
    await typeInto(editor, language, '');
    expect(problems()).to.include('Translations need the language of the questions (under “About this FAQ”).');
    await typeInto(editor, language, 'fr');
    expect(problems()).to.include('French (fr): this translation is in the main language: it is ignored.');
    // Its link opens the translation, where it can be removed.
    [...editor.querySelectorAll<HTMLAnchorElement>('.problem-link')].find((link) => link.textContent.includes('main language: it is ignored'))!.click();
    await waitFor(() => document.activeElement === editor.querySelector('.translation-title'));
    expect(editor.querySelector('.remove-language[data-lang="fr"]')).to.not.equal(null);
  });

  it('asks before removing a language that holds text, and Undo brings it back', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, PARTLY_FRENCH);
    await chooseLanguage(editor, 'fr');
    const remove = () => editor.querySelector<HTMLButtonElement>('.remove-language[data-lang="fr"]')!;
    remove().click();
    await settled(editor);
    expect(editor.querySelector('.remove-language-question')!.textContent).to.contain(
      'Remove French (fr)? Its 3 translated texts will be deleted from this FAQ.',
    );
    expectFocused(editor.querySelector('.remove-language-no'), '“Keep it”');
    await sendKeys({ press: 'Enter' });
    await settled(editor);
    expect(editor.querySelector('.remove-language-question')).to.equal(null);
    expectFocused(remove(), 'the remove button');
    expect(languageButtons(editor)).to.have.length(2);

    remove().click();
    await settled(editor);
    editor.querySelector<HTMLButtonElement>('.remove-language-yes')!.click();
    await settled(editor);
    expect(languageButtons(editor)).to.deep.equal(['English (en), main language']);
    expect(announcement(editor)).to.equal('French (fr) removed. Undo is available.');
    expect(itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!.value).to.equal('Can we get funding?');
    expectFocused(editor.querySelector('.language[data-lang=""]'), 'the main language’s button');
    expect(JSON.parse((await downloadJson(editor)).text)).to.not.have.property('translations');

    editor.querySelector<HTMLButtonElement>('.undo')!.click();
    await settled(editor);
    expect(JSON.parse((await downloadJson(editor)).text)).to.deep.equal(JSON.parse(PARTLY_FRENCH));

    // A language with no text yet goes at once.
    editor.querySelector<HTMLButtonElement>('.add-language')!.click();
    await settled(editor);
    editor.querySelector<HTMLInputElement>('.new-language')!.value = 'de';
    editor.querySelector<HTMLButtonElement>('.add-language-confirm')!.click();
    await settled(editor);
    editor.querySelector<HTMLButtonElement>('.remove-language[data-lang="de"]')!.click();
    await settled(editor);
    expect(editor.querySelector('.remove-language-question')).to.equal(null);
    expect(languageButtons(editor)).to.have.length(2);
  });

  it('previews the language being edited, the untranslated texts in the main language', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, PARTLY_FRENCH);
    await waitFor(() => editor.querySelector<AptFaq>('apt-faq')!.shadowRoot!.querySelectorAll('button[part~="button"]').length === 3);
    expect(await previewQuestions(editor)).to.deep.equal(['Can we get funding?', 'Who are the partners?', 'How to reach us?']);
    await chooseLanguage(editor, 'fr');
    await waitFor(() => buttons(editor.querySelector<AptFaq>('apt-faq')!)[0]?.textContent.trim() === 'Pouvons-nous obtenir un financement ?');
    expect(await previewQuestions(editor)).to.deep.equal(['Pouvons-nous obtenir un financement ?', 'Qui sont les partenaires ?', 'How to reach us?']);
    const preview = editor.querySelector<AptFaq>('apt-faq')!;
    expect(preview.getAttribute('lang')).to.equal('fr');
    expect(preview.items!.map((item) => item.question)).to.deep.equal(['Pouvons-nous obtenir un financement ?', 'Qui sont les partenaires ?', 'How to reach us?']);

    // The typed translation shows at once.
    await typeInto(editor, itemAt(editor, 2).querySelector<HTMLInputElement>('.question')!, 'Comment nous joindre ?');
    await waitFor(() => buttons(preview)[2]?.textContent.trim() === 'Comment nous joindre ?');
  });

  it('publishes all languages in the JSON, and the HTML to paste in the language chosen for it', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, PARTLY_FRENCH);
    const markup = () => editor.querySelector<HTMLTextAreaElement>('.snippet.markup')!.value;
    const headings = (): string[][] =>
      [...new DOMParser().parseFromString(markup(), 'text/html').querySelectorAll<HTMLElement>('h3[slot="question"]')].map((heading) => [
        heading.textContent,
        heading.lang,
      ]);
    expect(headings()).to.deep.equal([['Can we get funding?', ''], ['Who are the partners?', ''], ['How to reach us?', '']]);
    expect(editor.querySelector('#faq-html-lang-hint')!.textContent).to.contain('The HTML holds one language');

    const select = editor.querySelector<HTMLSelectElement>('.html-lang')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await editor.querySelector('apt-faq-export')!.updateComplete;
    expect(markup()).to.match(/^<apt-faq lang="fr">/);
    // The question not translated yet says its language, for screen readers.
    expect(headings()).to.deep.equal([['Pouvons-nous obtenir un financement ?', ''], ['Qui sont les partenaires ?', ''], ['How to reach us?', 'en']]);
    const page = await downloadFrom(editor, '.download-html');
    expect(page.name).to.equal('faq.fr.html');
    expect(page.text).to.match(/^<!doctype html>\n<html lang="fr">/);
    expect(JSON.parse((await downloadJson(editor)).text)).to.deep.equal(JSON.parse(PARTLY_FRENCH));
  });

  it('has no axe violations in a translation view, and its French and Spanish lines wrap in a narrow column', async function () {
    this.timeout(40000); // axe runs over the whole editor: slow on a busy machine
    const editor = await renderEditor({ lang: 'es' });
    await chooseFile(editor, PARTLY_FRENCH);
    await chooseLanguage(editor, 'fr');
    editor.querySelector<HTMLButtonElement>('.add-language')!.click();
    await settled(editor);
    editor.querySelector<HTMLButtonElement>('.add-language-confirm')!.click(); // an error shown beside the field
    editor.querySelector<HTMLButtonElement>('.remove-language[data-lang="fr"]')!.click();
    await settled(editor);
    expect(editor.querySelector('.remove-language-question')).to.not.equal(null);
    expect(editor.querySelector('#faq-new-language-error')!.textContent).to.equal('Escriba un código de idioma.');
    await expect(editor).to.be.accessible();

    for (const ui of ['fr', 'es']) {
      const select = editor.querySelector<HTMLSelectElement>('.ui-lang')!;
      select.value = ui;
      select.dispatchEvent(new Event('change'));
      await settled(editor);
      const column = editor.querySelector<HTMLElement>('.form-column')!;
      column.style.inlineSize = '20rem';
      for (const part of ['.languages', '.item.translation', '.export']) {
        const element = editor.querySelector<HTMLElement>(part)!;
        expect(element.scrollWidth, `${ui}: ${part} fits its column`).to.be.at.most(element.clientWidth + 1);
      }
    }
  });
});
