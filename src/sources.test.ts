import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import type { FaqErrorDetail, FaqLoadDetail } from './events.js';
import { answersDrawn, button, buttons, holder, regionOf, renderItems, sampleItems, settled, waitFor, warningsDuring } from './test/helpers.js';

const questions = (faq: AptFaq) => buttons(faq).map((b) => b.textContent.trim());
const errorBox = (faq: AptFaq) => faq.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');

/** Creates an `<apt-faq src>` and resolves with the first load or error event it fires. */
async function renderSrc(src: string, attributes = ''): Promise<{ faq: AptFaq; event: CustomEvent }> {
  const container = holder();
  const faq = document.createElement('apt-faq');
  if (attributes) faq.setAttribute(attributes, '');
  faq.src = src;
  const event = Promise.race([oneEvent(faq, 'apt-faq-load'), oneEvent(faq, 'apt-faq-error')]);
  container.append(faq);
  return { faq, event: (await event) };
}


/** Resolves once the test server has seen the slow request `key` end as `state`. */
async function serverSaw(key: string, state: 'pending' | 'aborted' | 'served'): Promise<void> {
  for (;;) {
    const response = await fetch(`/api/faq/request/${key}`);
    if (((await response.json()) as { state: string }).state === state) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('content sources', () => {
  it('prefers the items property to src, children and the bundled FAQ', async () => {
    const container = holder();
    const loaded = oneEvent(container, 'apt-faq-load');
    const faq = await fixture<AptFaq>(
      html`<apt-faq src="/api/faq/doc/other" .items=${sampleItems}>
        <apt-faq-item question="Hand-written?">Yes.</apt-faq-item>
      </apt-faq>`,
      { parentNode: container },
    );
    expect(((await loaded) as CustomEvent<FaqLoadDetail>).detail).to.deep.equal({ count: 3, skipped: 0, source: 'property', lang: undefined });
    expect(questions(faq)).to.deep.equal(['First question?', 'Second question?', 'Third question?']);
  });

  it('prefers src to children, and children to the bundled FAQ', async () => {
    const container = holder();
    const loaded = oneEvent(container, 'apt-faq-load');
    const faq = await fixture<AptFaq>(
      html`<apt-faq src="/api/faq/doc/other"><apt-faq-item question="Hand-written?">Yes.</apt-faq-item></apt-faq>`,
      { parentNode: container },
    );
    expect(((await loaded) as CustomEvent<FaqLoadDetail>).detail.source).to.equal('src');
    expect(questions(faq)).to.deep.equal(['Another document?']);

    const second = holder();
    const childrenLoaded = oneEvent(second, 'apt-faq-load');
    const fromChildren = await fixture<AptFaq>(
      html`<apt-faq><apt-faq-item question="Hand-written?">Yes.</apt-faq-item></apt-faq>`,
      { parentNode: second },
    );
    expect(((await childrenLoaded) as CustomEvent<FaqLoadDetail>).detail).to.deep.equal({ count: 1, skipped: 0, source: 'children', lang: undefined });
    expect(questions(fromChildren)).to.deep.equal(['Hand-written?']);
  });

  it('shows hand-written items added after the FAQ started', async () => {
    const faq = await fixture<AptFaq>(html`<apt-faq><apt-faq-item question="One?">1</apt-faq-item></apt-faq>`, { parentNode: holder() });
    await settled(faq);
    const added = document.createElement('apt-faq-item');
    added.setAttribute('question', 'Two?');
    added.textContent = '2';
    const loaded = oneEvent(faq, 'apt-faq-load');
    faq.append(added);
    await loaded;
    expect(questions(faq)).to.deep.equal(['One?', 'Two?']);
  });
});

describe('questions', () => {
  it('are always plain text, whatever they contain', async () => {
    const hostile = '<img src=x onerror="window.__aptXss=1"> & <b>bold</b>?';
    const faq = await renderItems([{ id: 'q', question: hostile, answer: 'a' }]);
    expect(button(faq, 'q').textContent.trim()).to.equal(hostile);
    expect(faq.shadowRoot!.querySelector('img, b')).to.equal(null);
  });
});

describe('loading src', () => {
  it('loads a JSON document, sets its language on the content and fires apt-faq-load', async () => {
    const { faq, event } = await renderSrc('/api/faq/doc/valid');
    expect(event.type).to.equal('apt-faq-load');
    expect(event.detail).to.deep.equal({ count: 2, skipped: 0, source: 'src', lang: 'fr' });
    expect(questions(faq)).to.deep.equal(['Quel est le mandat de l’APT ?', 'Où est l’APT ?']);
    expect(button(faq, 'ou-est-l-apt')).to.exist;
    expect(button(faq, 'mandat').closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    await answersDrawn(faq);
    const paragraphs = regionOf(button(faq, 'ou-est-l-apt')).querySelectorAll('p');
    expect(Array.from(paragraphs, (p) => p.textContent)).to.deep.equal(['À Genève.', 'Et dans le monde.']);
  });

  it('shows a loading state, busy for assistive technology, while waiting', async () => {
    const container = holder();
    const faq = document.createElement('apt-faq');
    faq.src = '/api/faq/slow/valid?ms=400&key=busy';
    container.append(faq);
    await faq.updateComplete;
    const status = faq.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.textContent).to.equal('Loading questions…');
    expect(faq.shadowRoot!.querySelector('.items')!.getAttribute('aria-busy')).to.equal('true');
    await oneEvent(faq, 'apt-faq-load');
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);
    expect(faq.shadowRoot!.querySelector('.items')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('aborts the older request when src changes, so it can never overwrite the newer one', async () => {
    const container = holder();
    const faq = document.createElement('apt-faq');
    faq.src = '/api/faq/slow/valid?ms=3000&key=older';
    container.append(faq);
    const loads: FaqLoadDetail[] = [];
    faq.addEventListener('apt-faq-load', (event) => loads.push(event.detail));
    await serverSaw('older', 'pending');
    faq.src = '/api/faq/doc/other';
    await waitFor(() => loads.length === 1);
    await serverSaw('older', 'aborted');
    await faq.updateComplete;
    expect(questions(faq)).to.deep.equal(['Another document?']);
    expect(loads).to.deep.equal([{ count: 1, skipped: 0, source: 'src', lang: undefined }]);
  });

  it('aborts the request when the element leaves the page, and loads again when it returns', async () => {
    const container = holder();
    const faq = document.createElement('apt-faq');
    faq.src = '/api/faq/slow/other?ms=3000&key=detached';
    container.append(faq);
    await serverSaw('detached', 'pending');
    faq.remove();
    await serverSaw('detached', 'aborted');
    faq.src = '/api/faq/doc/other';
    const loaded = oneEvent(faq, 'apt-faq-load');
    container.append(faq);
    await loaded;
    expect(questions(faq)).to.deep.equal(['Another document?']);
  });

  it('skips invalid items with one console warning each, naming the item (counted from 1), its id and the problem, and shows the rest', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { faq, event } = await renderSrc('/api/faq/doc/some-invalid');
      expect(event.detail).to.deep.equal({ count: 2, skipped: 3, source: 'src', lang: undefined });
      expect(questions(faq)).to.deep.equal(['Good?', 'Fine?']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(3);
    expect(warnings).to.deep.equal([
      '<apt-faq>: item 2 (id "no-answer") skipped: answer-missing.',
      '<apt-faq>: item 3 skipped: question-empty.',
      '<apt-faq>: item 4 (id "good") skipped: id-duplicate (good).',
    ]);
  });

  it('leaves out an item whose answer is empty, with a console warning naming it', async () => {
    const warnings = await warningsDuring(async () => {
      const { faq, event } = await renderSrc('/api/faq/doc/empty-answer');
      expect(event.detail).to.deep.equal({ count: 1, skipped: 1, source: 'src', lang: undefined });
      expect(questions(faq)).to.deep.equal(['Full?']);
    });
    expect(warnings).to.deep.equal(['<apt-faq>: item 1 (id "empty") skipped: answer-empty.']);
  });

  it('says in the console where bad JSON goes wrong, by line and column where the engine tells (Chromium, Firefox)', async () => {
    const warnings = await warningsDuring(async () => {
      const { event } = await renderSrc('/api/faq/trailing-comma');
      expect(event.type).to.equal('apt-faq-error');
    });
    // The engine's own words: Chromium's and Firefox's name line 3, column 49; WebKit's say
    // neither position nor line (`apt-faq check` says where).
    const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(webkit ? /^<apt-faq>: json-syntax \(.+\)\.$/ : /^<apt-faq>: json-syntax \(.*\bline 3 column 49\b.*\)\.$/);
  });

  it('says in the console why a document of the wrong shape was refused', async () => {
    const warnings = await warningsDuring(() => renderSrc('/api/faq/doc/wrong-shape'));
    expect(warnings).to.deep.equal(['<apt-faq>: items-missing.']);
  });

  it('loads 5,000 items without errors', async function () {
    // Real work for the browser (5,000 items drawn): generous on a busy machine; the outcome is what counts.
    this.timeout(60000);
    const { faq, event } = await renderSrc('/api/faq/large/5000');
    expect(event.detail).to.deep.equal({ count: 5000, skipped: 0, source: 'src', lang: undefined });
    await settled(faq);
    expect(buttons(faq)).to.have.length(5000);
    faq.show('q4999');
    await oneEvent(faq, 'apt-faq-open');
    expect(regionOf(button(faq, 'q4999')).textContent).to.include('Answer 4999.');
  });
});

describe('load errors', () => {
  const cases: [string, string, string, number | undefined][] = [
    ['a 404', '/api/faq/status/404', 'The questions could not be loaded: the file was not found (404).', 404],
    ['a 500', '/api/faq/status/500', 'The questions could not be loaded: the server answered 500.', 500],
    ['invalid JSON', '/api/faq/invalid-json', 'The questions could not be read: the file is not a valid FAQ document.', undefined],
    ['an HTML page', '/api/faq/html', 'The questions could not be read: the file is not a valid FAQ document.', undefined],
    ['a document of the wrong shape', '/api/faq/doc/wrong-shape', 'The questions could not be read: the file is not a valid FAQ document.', undefined],
    ['a network failure', 'http://127.0.0.1:9/faq.json', 'The questions could not be loaded. Check your connection and try again.', undefined],
  ];
  for (const [name, src, message, status] of cases) {
    it(`shows a clear message with a retry button, and fires apt-faq-error, on ${name}`, async () => {
      const { faq, event } = await renderSrc(src);
      expect(event.type).to.equal('apt-faq-error');
      const detail = event.detail as FaqErrorDetail;
      expect(detail).to.deep.equal(status === undefined ? { message, source: 'src' } : { message, source: 'src', status });
      await faq.updateComplete;
      const box = errorBox(faq)!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.querySelector('p')!.textContent).to.equal(message);
      expect(box.querySelector('button')!.textContent.trim()).to.equal('Try again');
      await expect(faq).to.be.accessible();
    });
  }

  it('keeps the content already shown when a new src fails', async () => {
    const { faq } = await renderSrc('/api/faq/doc/valid');
    const failed = oneEvent(faq, 'apt-faq-error');
    faq.src = '/api/faq/status/500';
    await failed;
    await faq.updateComplete;
    expect(questions(faq)).to.deep.equal(['Quel est le mandat de l’APT ?', 'Où est l’APT ?']);
    expect(errorBox(faq)).to.exist;
  });

  it('retries when the user presses the retry button, and clears the error on success', async () => {
    const { faq, event } = await renderSrc(`/api/faq/flaky?key=${Math.random()}`);
    expect((event.detail as FaqErrorDetail).status).to.equal(503);
    await faq.updateComplete;
    const loaded = oneEvent(faq, 'apt-faq-load');
    errorBox(faq)!.querySelector('button')!.click();
    expect(((await loaded) as CustomEvent<FaqLoadDetail>).detail.source).to.equal('src');
    await faq.updateComplete;
    expect(errorBox(faq)).to.equal(null);
    expect(questions(faq)).to.have.length(2);
  });

  it('reports items that are not an array as an error of the property source', async () => {
    const faq = await renderItems(sampleItems);
    const failed = oneEvent(faq, 'apt-faq-error');
    (faq as unknown as { items: unknown }).items = { not: 'an array' };
    expect(((await failed) as CustomEvent<FaqErrorDetail>).detail.source).to.equal('property');
    await faq.updateComplete;
    expect(questions(faq), 'what was shown stays').to.have.length(3);
  });

  it('reports invalid items set before the FAQ is in the page, without throwing, and shows the error once it is', async () => {
    const faq = document.createElement('apt-faq');
    const failed = oneEvent(faq, 'apt-faq-error');
    (faq as unknown as { items: unknown }).items = 42;
    expect(((await failed) as CustomEvent<FaqErrorDetail>).detail).to.include({ source: 'property' });
    holder().append(faq);
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.include('not a valid FAQ document');
  });

  it('counts a server that never answers as an error after 15 seconds', async function () {
    this.timeout(25000);
    const { event } = await renderSrc(`/api/faq/slow/valid?ms=20000&key=${Math.random()}`);
    expect(event.type).to.equal('apt-faq-error');
    expect((event.detail as FaqErrorDetail).message).to.equal('The questions are taking too long to load. Try again in a moment.');
  });
});
