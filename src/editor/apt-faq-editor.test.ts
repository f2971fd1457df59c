import type { FaqDocument } from '../faq-data.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Validator } from '@cfworker/json-schema';
import schema from '../apt-faq.schema.json';
import bundled from '../data/apt-faq.en.json';
import { buttons, waitFor } from '../test/helpers.js';
import type { AptFaq } from '../apt-faq.js';
import { AUTOSAVE_KEY, LANGUAGE_KEY } from './autosave.js';
import { fieldId } from './apt-faq-editor.js';
import {
  announcement, chooseFile, downloadFrom, downloadJson, expectFocused, itemAt, paste, questions, renderEditor, startBundled, typeInto,
} from './test-helpers.js';

const schemaValidator = new Validator(schema as object, '2020-12', false);

/** A partner's file with three bad items: the widget's own 'some-invalid' fixture, from the test server. */
const SOME_INVALID: unknown = await (await fetch('/api/faq/doc/some-invalid')).json();

/** WebKit is driven through WebDriver, which takes key chords as its own key codes. */
const WEBDRIVER_KEYS = { Alt: '\uE00A', ArrowUp: '\uE013', ArrowDown: '\uE015' };
const viaWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

/** Presses Alt with an arrow key, as a real keyboard does. */
async function altArrow(key: 'ArrowUp' | 'ArrowDown'): Promise<void> {
  // Modifiers stay down until the end of a WebDriver key sequence.
  if (viaWebDriver) return sendKeys({ type: `${WEBDRIVER_KEYS.Alt}${WEBDRIVER_KEYS[key]}` });
  await sendKeys({ down: 'Alt' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Alt' });
}

/** Presses Tab until `selector` has focus; fails after `max` presses (the focus order is then wrong). */
async function tabTo(editor: HTMLElement, selector: string, max = 15): Promise<HTMLElement> {
  const target = () => editor.querySelector<HTMLElement>(selector);
  for (let presses = 0; document.activeElement !== target(); presses++) {
    if (presses === max) throw new Error(`${selector} not reached with ${max} presses of Tab (at ${document.activeElement?.outerHTML.slice(0, 80)})`);
    await sendKeys({ press: 'Tab' });
  }
  return target()!;
}

describe('<apt-faq-editor>', () => {
  afterEach(() => {
    localStorage.removeItem(AUTOSAVE_KEY);
    localStorage.removeItem(LANGUAGE_KEY);
  });

  it('round trip: open the bundled FAQ, edit, download, open the file again: the same document', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    expect(questions(editor)).to.deep.equal(bundled.items.map((item) => item.question));

    await typeInto(editor, editor.querySelector<HTMLInputElement>('.doc-title')!, 'Questions about the APT');
    await typeInto(editor, itemAt(editor, 1).querySelector<HTMLInputElement>('.question')!, 'Why does the APT not name states?');
    itemAt(editor, 2).querySelector<HTMLInputElement>('.open')!.click();
    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    const added = itemAt(editor, 6);
    expectFocused(added.querySelector('.question'), 'the new question');
    await typeInto(editor, added.querySelector<HTMLInputElement>('.question')!, 'Où est l’APT ?');
    await paste(editor, added.querySelector<HTMLElement>('.answer-editable')!, { 'text/plain': 'In Geneva.\n\nAnd worldwide.' });

    const first = await downloadJson(editor);
    expect(first.name).to.equal('faq.en.json');
    const exported = JSON.parse(first.text) as FaqDocument;
    expect(schemaValidator.validate(exported).valid, 'valid against apt-faq.schema.json').to.equal(true);
    expect(exported.title).to.equal('Questions about the APT');
    // The edited question keeps its anchor; untouched items are exactly as bundled.
    expect(exported.items[1]).to.deep.equal({ ...bundled.items[1], question: 'Why does the APT not name states?' });
    expect(exported.items[2]).to.deep.equal({ ...bundled.items[2], open: true });
    expect(exported.items[0]).to.deep.equal(bundled.items[0]);
    expect(exported.items[6]).to.deep.equal({ id: 'ou-est-l-apt', question: 'Où est l’APT ?', answer: '<p>In Geneva.</p><p>And worldwide.</p>' });

    // Re-open the downloaded file in a new editor: the same document comes out again.
    const again = await renderEditor();
    await chooseFile(again, first.text, first.name);
    expect(again.querySelector('.file-problems')).to.equal(null);
    expect((await downloadJson(again)).text).to.equal(first.text);
  });

  it('takes a keyboard alone from the start to the download', async () => {
    const editor = await renderEditor();
    editor.querySelector<HTMLSelectElement>('.ui-lang')!.focus();
    await tabTo(editor, '.start-empty');
    await sendKeys({ press: 'Enter' });
    await editor.updateComplete;
    await tabTo(editor, '.doc-title');
    await sendKeys({ type: 'Keyboard FAQ' });
    await tabTo(editor, '.add');
    await sendKeys({ press: 'Enter' });
    await editor.updateComplete;
    expectFocused(itemAt(editor, 0).querySelector('.question'), 'the new question');
    await sendKeys({ type: 'Typed only?' });
    await tabTo(editor, '.answer-editable');
    await sendKeys({ type: 'Yes.' });
    await tabTo(editor, '.item .open');
    await sendKeys({ press: ' ' });
    await tabTo(editor, '.download', 20);
    const downloaded = new Promise<string>((resolve) => {
      const listener = (event: Event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        event.preventDefault();
        document.removeEventListener('click', listener, true);
        void fetch(link.href).then((response) => response.text().then(resolve));
      };
      document.addEventListener('click', listener, true);
    });
    await sendKeys({ press: 'Enter' });
    expect(JSON.parse(await downloaded)).to.deep.equal({
      lang: 'en',
      title: 'Keyboard FAQ',
      items: [{ id: 'typed-only', question: 'Typed only?', answer: '<p>Yes.</p>', open: true }],
    });
  });

  it('cleans hostile HTML pasted into an answer to the allowlist, and Word’s markup too', async () => {
    const editor = await renderEditor();
    editor.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await editor.updateComplete;
    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    const field = itemAt(editor, 0).querySelector('apt-faq-answer-field')!;
    (window as unknown as { pwned?: boolean }).pwned = false;
    await paste(editor, field.editable, {
      'text/html':
        '<p style="color:red" onclick="window.pwned=true">Hello <b>bold</b> <img src=x onerror="window.pwned=true">' +
        '<a href="javascript:window.pwned=true">bad</a> <a href="https://apt.ch/" target="_blank">good</a></p>' +
        '<script>window.pwned = true</script><style>p{}</style><iframe src="https://example.org"></iframe>' +
        '<form><input value="x"></form><svg><a href="javascript:window.pwned=true">svg</a></svg>',
      'text/plain': 'ignored when HTML is there',
    });
    expect(field.value).to.equal(
      '<p>Hello <b>bold</b> <a>bad</a> <a href="https://apt.ch/" rel="noopener noreferrer">good</a></p>svg',
    );
    expect(field.editable.querySelector('img, script, style, iframe, form, svg, [onclick], [style]')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);

    field.editable.replaceChildren();
    await paste(editor, field.editable, {
      'text/html':
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>' +
        '<!--StartFragment--><p class=MsoNormal style="mso-line-height:normal"><span lang=FR style="font-size:11pt">' +
        '<b>Prévention</b> de la torture<o:p></o:p></span></p><ul><li class=MsoListParagraph>Visites</li></ul>' +
        '<!--EndFragment--></body></html>',
    });
    expect(field.value).to.equal('<p><b>Prévention</b> de la torture</p><ul><li>Visites</li></ul>');
    // What the answer field reports is what the document holds.
    const exported = JSON.parse((await downloadJson(editor)).text) as FaqDocument;
    expect(exported.items[0].answer).to.equal(field.value);
  });

  it('formats the answer from the toolbar: bold, lists, and links only to safe addresses', async () => {
    const editor = await renderEditor();
    editor.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await editor.updateComplete;
    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    const field = itemAt(editor, 0).querySelector('apt-faq-answer-field')!;
    await paste(editor, field.editable, { 'text/html': '<p>Read the report</p>' });
    getSelection()!.selectAllChildren(field.editable.querySelector('p')!);

    field.querySelector<HTMLButtonElement>('.tool-link')!.click();
    await field.updateComplete;
    const url = field.querySelector<HTMLInputElement>('.link-form input')!;
    expectFocused(url, 'the link address');
    url.value = 'javascript:alert(1)';
    field.querySelector<HTMLButtonElement>('.link-form button')!.click();
    await field.updateComplete;
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(field.querySelector('.link-form .field-error')).to.not.equal(null);
    url.value = 'https://www.apt.ch/en/resources';
    field.querySelector<HTMLButtonElement>('.link-form button')!.click();
    await field.updateComplete;
    expect(field.value).to.equal('<p><a href="https://www.apt.ch/en/resources" rel="noopener noreferrer">Read the report</a></p>');

    getSelection()!.selectAllChildren(field.editable.querySelector('p')!);
    // The toolbar is one tab stop; the arrow keys move along it.
    const tools = [...field.querySelectorAll<HTMLButtonElement>('.toolbar button')];
    expect(tools.map((tool) => tool.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1, -1]);
    tools[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expectFocused(tools[7], 'the last tool (the toolbar wraps round)');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expectFocused(tools[1], 'the second tool');
    expect(tools.map((tool) => tool.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1, -1, -1]);
    field.querySelector<HTMLButtonElement>('.tool-bulletList')!.click();
    await editor.updateComplete;
    expect(field.value).to.match(/^<ul><li>.*Read the report.*<\/li><\/ul>$/);
  });

  it('autosaves as you type and offers the draft back after a reload', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    await typeInto(editor, itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!, 'Edited before the crash?');
    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    await typeInto(editor, itemAt(editor, 6).querySelector<HTMLInputElement>('.question')!, 'New one?');
    editor.remove();

    const reloaded = await renderEditor({ keepSaved: true });
    expect(reloaded.draft, 'nothing is opened before the user says so').to.equal(undefined);
    const offer = reloaded.querySelector('.restore')!;
    expect(offer.textContent).to.contain('A draft saved in this browser');
    offer.querySelector<HTMLButtonElement>('.restore-draft')!.click();
    await reloaded.updateComplete;
    expect(questions(reloaded)[0]).to.equal('Edited before the crash?');
    expect(questions(reloaded)[6]).to.equal('New one?');
    // The bundled ids were chosen by hand and stay; the new question's id still follows its question.
    await typeInto(reloaded, itemAt(reloaded, 0).querySelector<HTMLInputElement>('.question')!, 'Renamed?');
    await typeInto(reloaded, itemAt(reloaded, 6).querySelector<HTMLInputElement>('.question')!, 'Renamed too?');
    expect(itemAt(reloaded, 0).querySelector<HTMLInputElement>('.id')!.value).to.equal('victims-of-torture');
    expect(itemAt(reloaded, 6).querySelector<HTMLInputElement>('.id')!.value).to.equal('renamed-too');
    expect(reloaded.dirty, 'leaving asks first').to.equal(true);
  });

  it('lets a discarded draft go', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    editor.remove();
    const reloaded = await renderEditor({ keepSaved: true });
    reloaded.querySelector<HTMLButtonElement>('.discard-draft')!.click();
    await reloaded.updateComplete;
    expect(reloaded.querySelector('.restore')).to.equal(null);
    expect(localStorage.getItem(AUTOSAVE_KEY)).to.equal(null);
    expectFocused(reloaded.querySelector('.start-bundled'), 'the first way to start');
  });

  it('keeps a saved draft that was not taken up one Undo away', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    await typeInto(editor, editor.querySelector<HTMLInputElement>('.doc-title')!, 'My draft');
    editor.remove();
    const reloaded = await renderEditor({ keepSaved: true });
    reloaded.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await reloaded.updateComplete;
    expect(questions(reloaded)).to.deep.equal([]);
    reloaded.querySelector<HTMLButtonElement>('.undo')!.click();
    await reloaded.updateComplete;
    expect(reloaded.querySelector<HTMLInputElement>('.doc-title')!.value).to.equal('My draft');
  });

  it('opens a JSON file dropped on the page', async () => {
    const editor = await renderEditor();
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify({ lang: 'fr', items: [{ question: 'Déposé ?', answer: 'Oui.' }] })], 'faq.fr.json'));
    const target = editor.querySelector('.start')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await editor.updateComplete;
    expect(editor.querySelector('.drop-overlay')).to.not.equal(null);
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitFor(() => editor.draft !== undefined);
    await editor.updateComplete;
    expect(questions(editor)).to.deep.equal(['Déposé ?']);
    expect(editor.querySelector<HTMLInputElement>('.doc-lang')!.value).to.equal('fr');
    expect(editor.querySelector('.drop-overlay')).to.equal(null);
    expect(announcement(editor)).to.equal('Opened “faq.fr.json”.');
  });

  it('asks before leaving with changes not yet downloaded', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave(), 'nothing changed yet').to.equal(false);
    await typeInto(editor, itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!, 'Changed?');
    expect(leave(), 'after a change').to.equal(true);
    await downloadJson(editor);
    expect(leave(), 'after the download').to.equal(false);
  });

  it('derives the id from a new question until the id is edited, and checks uniqueness as you type', async () => {
    const editor = await renderEditor();
    editor.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await editor.updateComplete;
    for (const [index, text] of ['Who are we?', 'Who are we?'].entries()) {
      editor.querySelector<HTMLButtonElement>('.add')!.click();
      await editor.updateComplete;
      await typeInto(editor, document.activeElement as HTMLInputElement, text);
      // An answer, or the empty answer would be a problem of its own.
      await paste(editor, itemAt(editor, index).querySelector<HTMLElement>('.answer-editable')!, { 'text/plain': 'The APT.' });
    }
    const ids = () => [...editor.querySelectorAll<HTMLInputElement>('.items .id')].map((input) => input.value);
    expect(ids()).to.deep.equal(['who-are-we', 'who-are-we-2']);
    const second = itemAt(editor, 1).querySelector<HTMLInputElement>('.id')!;
    await typeInto(editor, second, 'who-are-we');
    expect(second.getAttribute('aria-invalid')).to.equal('true');
    expect(editor.querySelector('.problem-count')!.textContent).to.equal('1 problem');
    await typeInto(editor, second, 'team');
    expect(second.getAttribute('aria-invalid')).to.equal('false');
    expect(editor.querySelector('.problem-count')!.textContent).to.equal('No problems');
  });

  it('starts a new FAQ in the interface’s language, says what the title is for, and says an empty question only once it is left empty', async () => {
    const editor = await renderEditor();
    editor.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await editor.updateComplete;
    const language = () => editor.querySelector<HTMLInputElement>('.doc-lang')!.value;
    expect(language()).to.equal('en');
    // The interface changed before anything was typed: the new FAQ follows it.
    const select = editor.querySelector<HTMLSelectElement>('.ui-lang')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    expect(language()).to.equal('es');
    const title = editor.querySelector<HTMLInputElement>('.doc-title')!;
    const hint = editor.querySelector(`#${title.getAttribute('aria-describedby')!}`)!;
    expect(hint.textContent).to.equal('No aparece en las preguntas de su página: se guarda en el archivo y es el título de pestaña de la página HTML descargada.');

    // A question just added: listed among the problems, not marked in red before it is left.
    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    const question = itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!;
    question.focus();
    expect(question.getAttribute('aria-invalid')).to.equal('false');
    const errors = () => [...itemAt(editor, 0).querySelectorAll('.field-error')].map((error) => error.textContent);
    expect(errors()).to.not.include('la pregunta está vacía.');
    expect([...editor.querySelectorAll('.problem-link')].map((link) => link.textContent.trim())).to.include('Pregunta 1: la pregunta está vacía.');
    question.blur();
    await editor.updateComplete;
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    expect(errors()).to.include('la pregunta está vacía.');

    // Once something was typed, the FAQ's language no longer follows the interface.
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    expect(language()).to.equal('es');
  });

  it('reaches every kind of problem from its link, with the count always shown', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    await typeInto(editor, itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!, '   ');
    await typeInto(editor, itemAt(editor, 1).querySelector<HTMLInputElement>('.id')!, 'has space');
    await typeInto(editor, itemAt(editor, 3).querySelector<HTMLInputElement>('.id')!, bundled.items[2].id);
    expect(editor.querySelector('.problem-count')!.textContent).to.equal('3 problems');
    await waitFor(() => editor.querySelector('.problem-count-status')!.textContent === '3 problems');

    const links = [...editor.querySelectorAll<HTMLAnchorElement>('.problems .problem-link')];
    expect(links.map((link) => link.textContent.trim())).to.deep.equal([
      'Question 1: the question is empty.',
      'Question 2: the anchor must not be empty or contain spaces or “#”.',
      'Question 4: another question already uses this anchor.',
    ]);
    const keyOf = (index: number) => Number(itemAt(editor, index).dataset.key);
    const targets = [fieldId('question', keyOf(0)), fieldId('id', keyOf(1)), fieldId('id', keyOf(3))];
    for (const [index, link] of links.entries()) {
      // Keyboard: focus the link, press Enter.
      link.focus();
      await sendKeys({ press: 'Enter' });
      expectFocused(document.getElementById(targets[index]), `the field of problem ${index + 1}`);
    }
    // The preview leaves the invalid items out, as the widget would.
    const preview = editor.querySelector<AptFaq>('apt-faq')!;
    await preview.updateComplete;
    expect(buttons(preview)).to.have.length(3);
  });

  it('opens an invalid document anyway, listing what was wrong', async () => {
    const editor = await renderEditor();
    await chooseFile(editor, JSON.stringify(SOME_INVALID), 'partner.json');
    // In the editor's words, counted from 1 like its list: no developer text, no JSON path.
    const listed = [...editor.querySelectorAll('.file-problems li')].map((li) => li.textContent);
    expect(listed).to.deep.equal([
      'Question 2: the answer is missing.',
      'Question 3: the question is empty.',
      'Question 4: another question already uses this anchor.',
    ]);
    expect(questions(editor)).to.deep.equal(['Good?', 'No answer?', '', 'Duplicate?', 'Fine?']);
    // The missing answer became an empty field: still a problem until it is written.
    expect(editor.querySelector('.problem-count')!.textContent).to.equal('3 problems');

    await chooseFile(editor, '{"items": [ {"question": "Cut off', 'broken.json');
    expect(editor.querySelector('.open-error')!.textContent).to.equal('“broken.json” could not be opened: it is not valid JSON (line 1, column 34).');
    expect(questions(editor)).to.have.length(5);
  });

  it('lists every problem in its own language (French, Spanish), counted from 1, naming what the answer rules will drop', async function () {
    this.timeout(40000); // an axe run over the whole editor: slow on a busy machine
    const editor = await renderEditor({ lang: 'fr' });
    // With a title: without one, the preview's h4 questions follow its h2 (heading-order), a
    // matter of the preview itself (main has it too), not of the problems.
    const document = {
      lang: 'fr',
      title: 'Questions',
      items: [
        { id: 'carte', question: 'Où ?', answer: '<p>À Genève <img src="carte.png" alt="Carte"></p><script>suivi()</script>' },
        { id: 'vide', question: 'Vide ?', answer: '' },
      ],
    };
    await chooseFile(editor, JSON.stringify(document), 'partenaire.json');
    const listed = () => [...editor.querySelectorAll('.problems .problem-link')].map((link) => link.textContent.trim());
    expect(listed()).to.deep.equal([
      'Question 1\u00a0: la page affichera la réponse sans ces éléments\u00a0: <img>, <script>.',
      'Question 2\u00a0: la réponse est vide\u00a0: la page n’afficherait rien sous la question.',
    ]);
    expect([...editor.querySelectorAll('.file-problems li')].map((li) => li.textContent)).to.deep.equal([
      'Question 2\u00a0: la réponse est vide\u00a0: la page n’afficherait rien sous la question.',
    ]);
    // Said under the answer too, and tied to its field for screen readers.
    const error = itemAt(editor, 1).querySelector('.field-error')!;
    expect(error.textContent).to.equal('la réponse est vide\u00a0: la page n’afficherait rien sous la question.');
    expect(itemAt(editor, 1).querySelector('.answer-editable')!.getAttribute('aria-describedby')).to.equal(error.id);
    // The dry run warns; only the empty answer leaves its question out.
    expect(editor.querySelector('.problem-count')!.textContent).to.equal('2 problèmes');
    const preview = editor.querySelector<AptFaq>('apt-faq')!;
    await preview.updateComplete;
    expect(buttons(preview)).to.have.length(1);
    await expect(editor).to.be.accessible();

    const select = editor.querySelector<HTMLSelectElement>('.ui-lang')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    expect(listed()).to.deep.equal([
      'Pregunta 1: la página mostrará la respuesta sin estos elementos: <img>, <script>.',
      'Pregunta 2: la respuesta está vacía: la página no mostraría nada bajo la pregunta.',
    ]);
    await chooseFile(editor, '{\n  "items": [\n    { "question": "¿Dónde?", "answer": "Ginebra", }\n  ]\n}', 'roto.json');
    expect(editor.querySelector('.open-error')!.textContent).to.equal('No se pudo abrir «roto.json»: no es JSON válido (línea 3, columna 51).');
  });

  it('moves a question with Alt+↓ / Alt+↑, keeping focus, and announces the move', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    const question = itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!;
    question.focus();
    await altArrow('ArrowDown');
    await editor.updateComplete;
    expect(questions(editor)[1]).to.equal(bundled.items[0].question);
    expectFocused(question, 'the moved question');
    expect(announcement(editor)).to.equal('Moved to position 2 of 6.');
    await altArrow('ArrowUp');
    await altArrow('ArrowUp'); // already first: stays
    await editor.updateComplete;
    expect(questions(editor)).to.deep.equal(bundled.items.map((item) => item.question));
    expectFocused(question, 'the moved question');
  });

  it('deletes with undo, duplicates and moves with buttons, announcing each', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    itemAt(editor, 1).querySelector<HTMLButtonElement>('.delete')!.click();
    await editor.updateComplete;
    expect(questions(editor)).to.have.length(5);
    expect(announcement(editor)).to.equal(`Question “${bundled.items[1].question}” deleted. Undo is available.`);
    expectFocused(itemAt(editor, 1).querySelector('.delete'), 'the next question’s delete button');
    const undo = editor.querySelector<HTMLButtonElement>('.undo')!;
    expect(undo.textContent).to.equal(`Undo: delete “${bundled.items[1].question}”`);
    undo.click();
    await editor.updateComplete;
    expect(questions(editor)).to.deep.equal(bundled.items.map((item) => item.question));

    itemAt(editor, 0).querySelector<HTMLButtonElement>('.duplicate')!.click();
    await editor.updateComplete;
    expect(questions(editor)[1]).to.equal(bundled.items[0].question);
    expect(itemAt(editor, 1).querySelector<HTMLInputElement>('.id')!.value).to.equal('victims-of-torture-2');
    expect(announcement(editor)).to.equal('Copy added as question 2.');

    itemAt(editor, 6).querySelector<HTMLButtonElement>('.move-up')!.click();
    await editor.updateComplete;
    expect(questions(editor)[5]).to.equal(bundled.items[5].question);
    expect(announcement(editor)).to.equal('Moved to position 6 of 7.');
  });

  it('moves a question dragged by its handle onto another', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    const transfer = new DataTransfer();
    itemAt(editor, 4).querySelector('.drag-handle')!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: transfer, bubbles: true }));
    const target = itemAt(editor, 1);
    const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented, 'the question accepts the drop').to.equal(true);
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await editor.updateComplete;
    const order = [0, 4, 1, 2, 3, 5].map((index) => bundled.items[index].question);
    expect(questions(editor)).to.deep.equal(order);
    expect(announcement(editor)).to.equal('Moved to position 2 of 6.');
    expect(editor.querySelector('.drop-target')).to.equal(null);
  });

  it('previews the draft live, and a question opened there is selected in the form', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    const preview = editor.querySelector<AptFaq>('apt-faq')!;
    await typeInto(editor, itemAt(editor, 2).querySelector<HTMLInputElement>('.question')!, 'A reworded question?');
    await preview.updateComplete;
    const questionButton = () => buttons(preview).find((button) => button.textContent.includes('A reworded question?'));
    await waitFor(() => questionButton() !== undefined);

    editor.querySelector<HTMLInputElement>('.preview-search')!.click();
    editor.querySelector<HTMLInputElement>('.preview-exclusive')!.click();
    const lang = editor.querySelector<HTMLSelectElement>('.preview-lang')!;
    lang.value = 'fr';
    lang.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    expect(preview.search).to.equal(true);
    expect(preview.exclusive).to.equal(true);
    expect(preview.getAttribute('lang')).to.equal('fr');

    questionButton()!.click();
    await waitFor(() => itemAt(editor, 2).classList.contains('selected'));
  });

  it('publishes the HTML to paste, every question a heading, and the script from beside the page: no CDN', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    const markup = editor.querySelector<HTMLTextAreaElement>('.snippet.markup')!;
    expect(markup.readOnly).to.equal(true);
    expect(markup.value.trimEnd().split('\n').at(-1)).to.equal('<script defer src="apt-faq.js"></script>');
    expect(markup.value).to.not.match(/cdn|type="module"/);
    // Parsed as a page would (scripts inert): one heading per question, every answer's text there.
    const page = new DOMParser().parseFromString(markup.value, 'text/html');
    expect([...page.querySelectorAll('apt-faq-item > h3[slot="question"]')].map((heading) => heading.textContent)).to.deep.equal(
      bundled.items.map((item) => item.question),
    );
    const firstAnswer = new DOMParser().parseFromString(bundled.items[0].answer, 'text/html').body.textContent.trim();
    expect(page.querySelector(`#${bundled.items[0].id}`)!.textContent).to.contain(firstAnswer.slice(0, 60));
    expect(editor.querySelector('#faq-markup-hint')!.textContent).to.contain('apt-faq-0.1.0.zip');
    expect(markup.getAttribute('aria-describedby')).to.equal('faq-markup-hint');
    expect(editor.querySelector('.wordpress')!.textContent).to.contain('[apt_faq src=');

    const downloaded = await downloadFrom(editor, '.download-html');
    expect(downloaded.name).to.equal('faq.en.html');
    expect(downloaded.text).to.match(/^<!doctype html>\n<html lang="en">/);
    expect(downloaded.text).to.contain('<meta charset="utf-8">');
    expect(downloaded.text).to.contain(markup.value);

    expect(editor.querySelector<HTMLTextAreaElement>('.snippet.embed')!.value).to.equal(
      '<apt-faq src="faq.en.json"></apt-faq>\n<script defer src="apt-faq.js"></script>\n',
    );
    const select = editor.querySelector<HTMLSelectElement>('.ui-lang')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    expect(editor.querySelector('#faq-markup-hint')!.textContent).to.contain('le même zip que cet éditeur');
  });

  it('publishes what the preview shows: its search field, expand-all toggle and one answer at a time', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    const markup = () => editor.querySelector<HTMLTextAreaElement>('.snippet.markup')!.value;
    const embed = () => editor.querySelector<HTMLTextAreaElement>('.snippet.embed')!.value;
    expect(markup()).to.match(/^<apt-faq lang="en">\n/);
    editor.querySelector<HTMLInputElement>('.preview-search')!.click();
    editor.querySelector<HTMLInputElement>('.preview-expandAll')!.click();
    await waitFor(() => markup().startsWith('<apt-faq lang="en" search expand-all>\n'));
    expect(embed()).to.equal('<apt-faq src="faq.en.json" search expand-all></apt-faq>\n<script defer src="apt-faq.js"></script>\n');
    editor.querySelector<HTMLInputElement>('.preview-exclusive')!.click();
    await waitFor(() => markup().startsWith('<apt-faq lang="en" search expand-all exclusive>\n'));
    // The page built from it shows the same: parsed as a page would, the attributes are there.
    const faq = new DOMParser().parseFromString(markup(), 'text/html').querySelector('apt-faq')!;
    expect(['search', 'expand-all', 'exclusive'].every((name) => faq.hasAttribute(name))).to.equal(true);
    const downloaded = await downloadFrom(editor, '.download-html');
    expect(downloaded.text).to.contain('<apt-faq lang="en" search expand-all exclusive>');
  });

  it('keeps every anchor when a question is reworded, and asks before changing one already shared', async function () {
    this.timeout(40000); // an axe run over the whole editor: slow on a busy machine
    const editor = await renderEditor();
    await startBundled(editor);
    const anchor = (index: number) => itemAt(editor, index).querySelector<HTMLInputElement>('.id')!;
    // Opened from a file: the anchors may be linked to already.
    await typeInto(editor, itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!, 'Victims?');
    expect(anchor(0).value).to.equal('victims-of-torture');
    expect(anchor(0).readOnly).to.equal(true);
    // A new question's anchor follows it until the FAQ leaves the editor…
    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    await typeInto(editor, itemAt(editor, 6).querySelector<HTMLInputElement>('.question')!, 'Who funds you?');
    expect(anchor(6).value).to.equal('who-funds-you');
    expect(anchor(6).readOnly).to.equal(false);
    await downloadFrom(editor, '.download-html');
    await editor.updateComplete;
    await typeInto(editor, itemAt(editor, 6).querySelector<HTMLInputElement>('.question')!, 'Who pays for your work?');
    expect(anchor(6).value, 'after the export').to.equal('who-funds-you');
    expect(anchor(6).readOnly).to.equal(true);

    // Changing it asks first, saying which links stop working; "Keep it" keeps it.
    itemAt(editor, 6).querySelector<HTMLButtonElement>('.id-change')!.click();
    await editor.updateComplete;
    const question = itemAt(editor, 6).querySelector('.anchor-question')!;
    expect(question.textContent).to.contain('#who-funds-you');
    expectFocused(question.querySelector('.id-change-no'), '“Keep it”');
    await expect(editor).to.be.accessible();
    question.querySelector<HTMLButtonElement>('.id-change-no')!.click();
    await editor.updateComplete;
    expect(anchor(6).readOnly).to.equal(true);
    expectFocused(itemAt(editor, 6).querySelector('.id-change'), '“Change the anchor…”');
    itemAt(editor, 6).querySelector<HTMLButtonElement>('.id-change')!.click();
    await editor.updateComplete;
    itemAt(editor, 6).querySelector<HTMLButtonElement>('.id-change-yes')!.click();
    await editor.updateComplete;
    expectFocused(anchor(6), 'the anchor field');
    await typeInto(editor, anchor(6), 'funding');
    expect((JSON.parse((await downloadJson(editor)).text) as FaqDocument).items[6].id).to.equal('funding');
  });

  it('asks before replacing work not yet downloaded, and a new question’s anchor is in the editor’s language', async function () {
    this.timeout(40000); // an axe run over the whole editor: slow on a busy machine
    const editor = await renderEditor({ lang: 'es' });
    await startBundled(editor);
    await typeInto(editor, itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!, '¿Editada?');
    editor.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await editor.updateComplete;
    expect(questions(editor)[0], 'nothing replaced yet').to.equal('¿Editada?');
    const ask = editor.querySelector('.replace-question')!;
    expect(ask.textContent).to.contain('¿Reemplazar las preguntas que está editando?');
    expectFocused(ask.querySelector('.replace-no'), '“Seguir editando”');
    await expect(editor).to.be.accessible();
    ask.querySelector<HTMLButtonElement>('.replace-no')!.click();
    await editor.updateComplete;
    expect(questions(editor)).to.have.length(bundled.items.length);
    expectFocused(editor.querySelector('.start-bundled'), 'the first way to start');
    editor.querySelector<HTMLButtonElement>('.start-empty')!.click();
    await editor.updateComplete;
    editor.querySelector<HTMLButtonElement>('.replace-yes')!.click();
    await editor.updateComplete;
    expect(questions(editor)).to.deep.equal([]);
    expect(editor.querySelector('.replace-question')).to.equal(null);

    editor.querySelector<HTMLButtonElement>('.add')!.click();
    await editor.updateComplete;
    expect(itemAt(editor, 0).querySelector<HTMLInputElement>('.id')!.value).to.equal('pregunta');
    // Downloaded: nothing to lose, no question asked.
    await downloadJson(editor);
    editor.querySelector<HTMLButtonElement>('.start-bundled')!.click();
    await editor.updateComplete;
    expect(questions(editor)).to.have.length(bundled.items.length);
  });

  it('remembers the language chosen for the editor across reloads', async () => {
    const editor = await renderEditor();
    const select = editor.querySelector<HTMLSelectElement>('.ui-lang')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    await startBundled(editor);
    editor.remove();
    const reloaded = await renderEditor({ keepSaved: true });
    expect(reloaded.lang).to.equal('fr');
    expect(reloaded.querySelector('.restore')!.textContent).to.contain('Un brouillon enregistré');
  });

  it('previews the FAQ as the page shows it: no JSON title, questions at the heading level of the HTML', async () => {
    const editor = await renderEditor();
    await startBundled(editor);
    const preview = editor.querySelector('.preview-page')!;
    expect(preview.textContent).to.not.contain(bundled.title);
    const faq = preview.querySelector<AptFaq>('apt-faq')!;
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelectorAll('h3').length).to.equal(bundled.items.length);
  });

  it('speaks French and Spanish, and has no axe violations', async function () {
    this.timeout(40000); // two axe runs over the whole editor: slow on a busy machine
    const editor = await renderEditor({ lang: 'fr' });
    expect(editor.querySelector('.start-bundled')!.textContent).to.equal('Partir de la FAQ de l’APT');
    await startBundled(editor);
    await expect(editor).to.be.accessible();
    const select = editor.querySelector<HTMLSelectElement>('.ui-lang')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    expect(editor.querySelector('.add')!.textContent).to.equal('Añadir una pregunta');
    expect(editor.lang).to.equal('es');
    await typeInto(editor, itemAt(editor, 0).querySelector<HTMLInputElement>('.question')!, '');
    editor.querySelector<HTMLInputElement>('.preview-dark')!.click();
    editor.querySelector<HTMLInputElement>('.preview-search')!.click();
    await editor.updateComplete;
    await expect(editor).to.be.accessible();
  });
});
