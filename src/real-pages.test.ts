import { expect, oneEvent } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import type { FaqErrorDetail, FaqSearchDetail, FaqToggleDetail } from './events.js';
import { BUILT_IN_STRINGS } from './strings.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  button,
  clearHash,
  collectMessages,
  holder,
  isShown,
  regionOf,
  renderItems,
  sampleItems,
  settled,
} from './test/helpers.js';

// SPEC "On real pages" and issue 22's defects 1–8: each test here failed on the code before
// the fix (the commit that added it says in which engine); they all run in every engine.

/** Calls to `console[level]` until the test ends. */
function consoleCalls(level: 'warn' | 'error'): { calls: string[]; restore: () => void } {
  const descriptor = Object.getOwnPropertyDescriptor(console, level)!;
  const calls: string[] = [];
  console[level] = (...args: unknown[]) => void calls.push(args.join(' '));
  return { calls, restore: () => Object.defineProperty(console, level, descriptor) };
}

/** What a CMS's automatic paragraphs leave of the hand-written form: the heading and answer out of `<apt-faq>`. */
const MANGLED =
  '<p><apt-faq><br /><apt-faq-item id="funding"></p><h3 slot="question">Can my organisation get funding?</h3><p>We are not a donor.</p>';

describe('on real pages', () => {
  afterEach(() => clearHash());

  it('a plain script in <head> before the hand-written items: one apt-faq-load, of the items, with no warning', async () => {
    const done = collectMessages((messages) => messages.some((m) => m.type === 'window-load'));
    const frame = document.createElement('iframe');
    frame.src = '/src/test/head-script-page.html';
    holder().append(frame);
    const messages = (await done).filter((m) => m.type !== 'window-load');
    expect(messages).to.have.length(1, JSON.stringify(messages));
    expect(messages[0]).to.deep.include({ type: 'apt-faq-load', count: 2, skipped: 0, source: 'children' });
    const faq = frame.contentDocument!.querySelector('apt-faq')!;
    expect([...faq.shadowRoot!.querySelectorAll('[part~="button"]')].map((b) => b.textContent.trim())).to.deep.equal([
      'Can my organisation get funding?',
      'Do you offer training?',
    ]);
  });

  for (const [lang, words] of [
    ['en', /HTML block.*WordPress plugin/],
    ['fr', /bloc HTML.*extension WordPress/],
    ['es', /bloque HTML.*plugin de WordPress/],
  ] as const) {
    it(`hand-written items none of which can be read (a CMS rewrote them): apt-faq-error and one console error, in ${lang}`, async () => {
      const errors = consoleCalls('error');
      const container = holder();
      container.lang = lang;
      const loads: Event[] = [];
      container.addEventListener('apt-faq-load', (event) => loads.push(event));
      const failed = oneEvent(container, 'apt-faq-error');
      try {
        container.innerHTML = MANGLED;
        const { detail } = (await failed) as CustomEvent<FaqErrorDetail>;
        const faq = container.querySelector('apt-faq')!;
        await faq.updateComplete;
        expect(detail).to.deep.equal({ message: BUILT_IN_STRINGS[lang].errorChildren, source: 'children' });
        expect(detail.message).to.match(words);
        expect(errors.calls).to.have.length(1);
        expect(errors.calls[0]).to.contain(detail.message);
        expect(faq.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain(detail.message);
        expect(loads, 'no apt-faq-load for a FAQ that shows nothing').to.have.length(0);
      } finally {
        errors.restore();
      }
    });
  }

  it('keeps the bundled FAQ for an <apt-faq> with no item at all, and logs no error', async () => {
    const errors = consoleCalls('error');
    try {
      const container = holder();
      const loaded = oneEvent(container, 'apt-faq-load');
      container.innerHTML = '<apt-faq><br /></apt-faq>';
      expect((await loaded).detail).to.deep.include({ source: 'bundled' });
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('show(id) of an item the search hides clears the search and shows the item', async () => {
    const faq = await renderItems(sampleItems, { search: true });
    const field = faq.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    field.focus();
    const typed = oneEvent(faq, 'apt-faq-search');
    await sendKeys({ type: 'First' });
    await typed; // once typing paused
    await settled(faq);
    expect(isShown(button(faq, 'second'))).to.be.false;
    const searched = oneEvent(faq, 'apt-faq-search');
    const opened = oneEvent(faq, 'apt-faq-open');
    expect(faq.show('second')).to.be.true;
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail).to.deep.include({ id: 'second', trigger: 'api' });
    expect(((await searched) as CustomEvent<FaqSearchDetail>).detail).to.deep.include({ query: '' });
    await settled(faq);
    expect(field.value).to.equal('');
    expect(isShown(button(faq, 'second'))).to.be.true;
    expect(isShown(regionOf(button(faq, 'second')))).to.be.true;
  });

  it('a failed load\'s message follows a later change of lang', async () => {
    const container = holder();
    const faq = document.createElement('apt-faq');
    faq.lang = 'en';
    faq.src = '/api/faq/status/404';
    const failed = oneEvent(faq, 'apt-faq-error');
    container.append(faq);
    await failed;
    await faq.updateComplete;
    const error = () => faq.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error().textContent).to.contain(BUILT_IN_STRINGS.en.errorStatus(404));
    faq.lang = 'fr';
    await faq.updateComplete;
    expect(error().textContent).to.contain(BUILT_IN_STRINGS.fr.errorStatus(404));
    expect(error().textContent).to.contain(BUILT_IN_STRINGS.fr.retry);
  });

  it('content without a language of its own carries the page\'s, explicitly (Firefox does not across a shadow root)', async () => {
    const container = holder();
    container.lang = 'fr';
    const faq = document.createElement('apt-faq');
    faq.items = [{ id: 'mandat', question: 'Quel est le mandat de l’APT ?', answer: '<p>La prévention de la torture.</p>', open: true }];
    const loaded = oneEvent(faq, 'apt-faq-load');
    container.append(faq);
    await loaded;
    await settled(faq);
    expect(button(faq, 'mandat').matches(':lang(fr)'), 'question').to.be.true;
    expect(regionOf(button(faq, 'mandat')).matches(':lang(fr)'), 'answer').to.be.true;
  });

  it('a find-in-page reveal of the item the hash names, after the reader closed it, is trigger "find"', async () => {
    history.replaceState(null, '', '#second');
    const faq = document.createElement('apt-faq');
    faq.items = sampleItems;
    const linked = oneEvent(faq, 'apt-faq-open');
    holder().append(faq);
    expect(((await linked) as CustomEvent<FaqToggleDetail>).detail).to.deep.include({ id: 'second', trigger: 'link' });
    const closed = oneEvent(faq, 'apt-faq-close');
    button(faq, 'second').click();
    await closed;
    await settled(faq);
    // What the browser does when its find in page reaches the closed answer.
    const found = oneEvent(faq, 'apt-faq-open');
    regionOf(button(faq, 'second')).dispatchEvent(new Event('beforematch'));
    expect(((await found) as CustomEvent<FaqToggleDetail>).detail).to.deep.include({ id: 'second', trigger: 'find' });
  });

  it('a deep link does not take focus back once the reader has moved on while images were still loading', async () => {
    const opened = collectMessages((messages) => messages.some((m) => m.type === 'apt-faq-open'));
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 400px';
    frame.src = '/src/test/late-images-page.html#selecting-partners';
    const loaded = oneEvent(frame, 'load');
    holder().append(frame);
    expect((await opened).find((m) => m.type === 'apt-faq-open')).to.deep.include({ id: 'selecting-partners', trigger: 'link' });
    const page = frame.contentDocument!;
    expect(page.readyState, 'the image holds the load event').to.not.equal('complete');
    // The reader clicks into a form field and types.
    const field = page.querySelector<HTMLInputElement>('#field')!;
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    await loaded;
    const faq = page.querySelector('apt-faq') as AptFaq;
    await faq.updateComplete;
    await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
    expect(page.activeElement?.localName, 'focus stays in the field').to.equal('input');
  });
});

describe('out of the page: remove, change, put back', () => {
  afterEach(() => clearHash());
  const structuredData = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[data-apt-faq]')];

  it('structured data: nothing in <head> while removed, the new items once back', async () => {
    const faq = await renderItems(sampleItems, { 'structured-data': true });
    expect(structuredData()).to.have.length(1);
    faq.remove();
    expect(structuredData()).to.have.length(0);
    faq.items = [{ id: 'new', question: 'A new question?', answer: 'A new answer.' }];
    await faq.updateComplete;
    expect(structuredData(), 'removed, given new items').to.have.length(0);
    holder().append(faq);
    await faq.updateComplete;
    expect(structuredData()).to.have.length(1);
    const data = JSON.parse(structuredData()[0].text) as { mainEntity: { name: string }[] };
    expect(data.mainEntity[0].name).to.equal('A new question?');
  });

  it('sync-url: no hash written while removed; written again once back', async () => {
    const faq = await renderItems(sampleItems, { 'sync-url': true });
    faq.remove();
    const opened = oneEvent(faq, 'apt-faq-open');
    expect(faq.show('second')).to.be.true;
    await opened;
    expect(location.hash, 'removed, an item opened').to.equal('');
    holder().append(faq);
    await settled(faq);
    expect(button(faq, 'second').getAttribute('aria-expanded')).to.equal('true');
    faq.hide('second');
    faq.show('third');
    await settled(faq);
    expect(location.hash).to.equal('#third');
  });

  it('focus: a hash link followed by content set while removed takes no focus, then or once back', async () => {
    const outside = document.createElement('input');
    holder().append(outside);
    outside.focus();
    history.replaceState(null, '', '#second');
    const faq = document.createElement('apt-faq');
    holder().append(faq);
    faq.remove();
    // The FAQ draws the new items while removed (apt-faq-load); its items' own drawing waits.
    const loaded = oneEvent(faq, 'apt-faq-load');
    faq.items = sampleItems;
    await loaded;
    holder().append(faq);
    await settled(faq);
    expect(button(faq, 'second').getAttribute('aria-expanded')).to.equal('true');
    expect(document.activeElement === outside, 'focus stays outside').to.be.true;
  });
});
