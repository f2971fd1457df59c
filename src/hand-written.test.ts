import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AptFaq } from './apt-faq.js';
import type { FaqToggleDetail } from './events.js';
import bundledDocument from './data/apt-faq.en.json';
import { normaliseDocument } from './faq-data.js';
import { renderMarkup } from './render-markup.js';
import { sanitizedAnswerHtml } from './sanitize.js';
import { button, buttons, collectMessages, holder, isShown, isWebKit, openByClick, regionOf, settled, shownText, waitFor } from './test/helpers.js';

async function renderHandWritten(template: ReturnType<typeof html>): Promise<AptFaq> {
  const container = holder();
  const loaded = oneEvent(container, 'apt-faq-load');
  const faq = await fixture<AptFaq>(template, { parentNode: container });
  await loaded;
  await settled(faq);
  return faq;
}

const questions = (faq: AptFaq) => buttons(faq).map((b) => b.textContent.trim());

describe('hand-written items, enhanced in place', () => {
  it('turns the heading form into the accordion, showing the author\'s own nodes through a slot', async () => {
    const faq = await renderHandWritten(html`<apt-faq>
      <apt-faq-item id="mandate">
        <h3 slot="question">What is our mandate?</h3>
        <p class="lead">Prevention, with <img alt="a map" width="10" height="10" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />.</p>
        <table><tr><td>Cell</td></tr></table>
      </apt-faq-item>
    </apt-faq>`);
    const item = faq.querySelector('apt-faq-item')!;
    const paragraph = item.querySelector('p')!;
    expect(questions(faq)).to.deep.equal(['What is our mandate?']);
    button(faq, 'mandate').click();
    await oneEvent(faq, 'apt-faq-open');
    const region = regionOf(button(faq, 'mandate'));
    expect(isShown(region)).to.equal(true);
    expect(region.querySelector('slot')!.assignedElements()).to.deep.equal([item]);
    expect(shownText(region)).to.include('Prevention, with').and.include('Cell');
    expect(item.querySelector('p'), 'the very same node, not a copy').to.equal(paragraph);
    expect(paragraph.className).to.equal('lead');
    expect(item.querySelector('img, table')).to.exist;
    expect(faq.shadowRoot!.textContent, 'one copy of the answer in the document').not.to.include('Prevention');
    expect(paragraph.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('holds the page\'s own items to no data limit: a long question is shown whole, beside its own answer', async () => {
    const long = `Why ${'and how '.repeat(80)}?`;
    const faq = await renderHandWritten(html`<apt-faq>
      <apt-faq-item id="long"><h3 slot="question">${long}</h3><p>First answer.</p></apt-faq-item>
      <apt-faq-item id="short"><h3 slot="question">Short?</h3><p>Second answer.</p></apt-faq-item>
    </apt-faq>`);
    expect(long.length).to.be.greaterThan(500);
    expect(questions(faq)).to.deep.equal([long.replace(/\s+/g, ' ').trim(), 'Short?']);
    expect(shownText(regionOf(button(faq, 'short')))).to.include('Second answer.');
    expect(shownText(regionOf(button(faq, 'long')))).to.include('First answer.');
  });

  it('lets the page\'s CSS reach the answers', async () => {
    const style = document.createElement('style');
    style.textContent = '.page-styled { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const faq = await renderHandWritten(html`<apt-faq>
        <apt-faq-item id="a" open><h3 slot="question">Styled?</h3><p class="page-styled">Yes.</p></apt-faq-item>
      </apt-faq>`);
      expect(getComputedStyle(faq.querySelector('.page-styled')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('keeps the level of the author\'s heading, unless heading-level says otherwise', async () => {
    const own = await renderHandWritten(html`<apt-faq><apt-faq-item id="a"><h2 slot="question">Two?</h2>2</apt-faq-item></apt-faq>`);
    expect(button(own, 'a').parentElement!.localName).to.equal('h2');
    const set = await renderHandWritten(
      html`<apt-faq heading-level="4"><apt-faq-item id="a"><h2 slot="question">Two?</h2>2</apt-faq-item></apt-faq>`,
    );
    expect(button(set, 'a').parentElement!.localName).to.equal('h4');
    const short = await renderHandWritten(html`<apt-faq><apt-faq-item id="a" question="Short?">s</apt-faq-item></apt-faq>`);
    expect(button(short, 'a').parentElement!.localName).to.equal('h3');
  });

  it('counts question, open and id set as properties (as frameworks do) like the attributes', async () => {
    const faq = await renderHandWritten(html`<apt-faq>
      <apt-faq-item id="one" question="One?">1</apt-faq-item>
      <apt-faq-item id="two" question="Two?">2</apt-faq-item>
    </apt-faq>`);
    const [one, two] = faq.querySelectorAll('apt-faq-item');
    const loaded = oneEvent(faq, 'apt-faq-load');
    one.question = 'First?';
    two.id = 'second';
    await loaded;
    await settled(faq);
    expect(questions(faq)).to.deep.equal(['First?', 'Two?']);
    expect(button(faq, 'second')).to.exist;
    const opened = oneEvent(faq, 'apt-faq-open');
    two.open = true;
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail).to.deep.include({ id: 'second', trigger: 'api' });
    expect(isShown(regionOf(button(faq, 'second')))).to.equal(true);
    faq.hide('second');
    await oneEvent(faq, 'apt-faq-close');
    expect(two.open, 'the item reflects what the FAQ did').to.equal(false);
  });

  it('picks up an edit without redrawing the other items', async () => {
    const faq = await renderHandWritten(html`<apt-faq search>
      <apt-faq-item id="one"><h3 slot="question">One?</h3><p>First.</p></apt-faq-item>
      <apt-faq-item id="two"><h3 slot="question">Two?</h3><p>Second.</p></apt-faq-item>
    </apt-faq>`);
    const first = button(faq, 'one');
    first.focus();
    const heading = faq.querySelector('#two h3')!;
    heading.textContent = 'Second question?';
    await waitFor(() => questions(faq)[1] === 'Second question?');
    expect(button(faq, 'one'), 'the first item was not drawn again').to.equal(first);
    expect(faq.shadowRoot!.activeElement).to.equal(first);
    // The edited answer text is searched.
    faq.querySelector('#two p')!.textContent = 'Edited zebrafish.';
    const input = faq.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    input.value = 'zebrafish';
    input.dispatchEvent(new Event('input'));
    await settled(faq);
    expect(buttons(faq).filter((b) => b.checkVisibility()).map((b) => b.textContent.trim())).to.deep.equal(['Second question?']);
  });

  // 45 items: where content-visibility used to start; 250: a long FAQ, whose groups of items are laid out on their own.
  for (const count of [45, 250]) {
    it(`reads and shows every question of a long hand-written FAQ, ${count} items, in every engine`, async () => {
      const container = holder();
      const faq = document.createElement('apt-faq');
      for (let i = 1; i <= count; i++) {
        const item = document.createElement('apt-faq-item');
        item.id = `q${i}`;
        item.innerHTML = `<h3 slot="question">Question number ${i}?</h3><p>Answer ${i}.</p>`;
        faq.append(item);
      }
      const loaded = oneEvent(faq, 'apt-faq-load');
      container.append(faq);
      await loaded;
      await settled(faq);
      const all = buttons(faq);
      expect(all).to.have.length(count);
      all.forEach((b, i) => {
        expect(b.textContent.trim()).to.equal(`Question number ${i + 1}?`);
        // Nothing skips the rendering of items out of view: that removed their names from Firefox's tree.
        for (let node: Element | null = b; node && node !== faq; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host) {
          expect(getComputedStyle(node).contentVisibility, node.localName).not.to.equal('auto');
        }
      });
    });
  }
});

describe('hand-written markup without JavaScript (apt-faq render)', () => {
  it('shows every question as a heading and every answer, with scripts off', async () => {
    const markup = renderMarkup(normaliseDocument(bundledDocument), { cleanAnswer: (answer) => sanitizedAnswerHtml(answer) });
    const frame = document.createElement('iframe');
    // No allow-scripts: the page runs as it would with JavaScript off.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.srcdoc = `<!doctype html><html lang="en"><body><script src="/dist/apt-faq.js"></script>${markup}</body></html>`;
    frame.style.cssText = 'inline-size: 800px; block-size: 600px';
    const loaded = oneEvent(frame, 'load');
    holder().append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect(customElementsDefined(frame)).to.equal(false);
    const headings = [...doc.querySelectorAll('h3')];
    expect(headings.map((h) => h.textContent)).to.deep.equal(bundledDocument.items.map((item) => item.question));
    for (const heading of headings) expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(doc.body.innerText).to.include('The APT is an international NGO and not a donor.');
  });
});

function customElementsDefined(frame: HTMLIFrameElement): boolean {
  return frame.contentWindow!.customElements.get('apt-faq') !== undefined;
}

describe('links to hand-written items', () => {
  const focusedId = (frame: HTMLIFrameElement): string | undefined =>
    frame.contentDocument?.querySelector('apt-faq')?.shadowRoot?.activeElement?.id;

  const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

  it('a page loaded with #id opens that item and focuses its question, then follows hashchange', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 400px';
    const seen = collectMessages((messages) => messages.some((m) => m.type === 'window-load') && messages.some((m) => m.type === 'apt-faq-open'));
    frame.src = '/src/test/hand-written-page.html#training';
    holder().append(frame);
    const messages = await seen;
    expect(messages.find((m) => m.type === 'apt-faq-open')).to.deep.include({ id: 'training', trigger: 'link' });
    await waitFor(() => focusedId(frame) === 'training-question');
    // Still there once the browser's own move to the fragment is long over.
    await nextFrame(frame.contentWindow!);
    await nextFrame(frame.contentWindow!);
    expect(focusedId(frame)).to.equal('training-question');

    const opened = collectMessages((m) => m.some((message) => message.type === 'apt-faq-open'));
    frame.contentWindow!.location.hash = '#mandate';
    expect((await opened).find((m) => m.type === 'apt-faq-open')).to.deep.include({ id: 'mandate', trigger: 'link' });
    await waitFor(() => focusedId(frame) === 'mandate-question');
  });

  it(`text-fragment link into a hand-written answer: ${isWebKit ? 'WebKit loads the page' : 'opens it (Chromium, Firefox)'}`, async () => {
    const seen = collectMessages((messages) =>
      isWebKit ? messages.some((m) => m.type === 'window-load') : messages.some((m) => m.type === 'apt-faq-open'),
    );
    const messages = await openByClick('/src/test/hand-written-page.html#:~:text=zebrafish%20lighthouse', seen);
    if (!isWebKit) {
      expect(messages.find((m) => m.type === 'apt-faq-open')).to.deep.include({ id: 'training', trigger: 'find', index: 4 });
    } else {
      expect(messages.find((m) => m.type === 'apt-faq-load')).to.deep.include({ count: 5, source: 'children' });
    }
  });
});

describe('hand-written items, when the FAQ shows other content or moves', () => {
  it('gives the author\'s items back as written when items take over, and reads them again after a move', async () => {
    const faq = await renderHandWritten(html`<apt-faq>
      <apt-faq-item id="one"><h3 slot="question">One?</h3><p>1</p></apt-faq-item>
    </apt-faq>`);
    const item = faq.querySelector('apt-faq-item')!;
    expect(item.getAttribute('hidden')).to.equal('until-found');
    faq.items = [{ id: 'data', question: 'Data?', answer: 'd' }];
    await settled(faq);
    expect(questions(faq)).to.deep.equal(['Data?']);
    expect(item.hasAttribute('hidden'), 'no longer shown by the FAQ, no longer hidden by it').to.equal(false);
    faq.items = undefined;
    await settled(faq);
    expect(questions(faq)).to.deep.equal(['One?']);
    const elsewhere = holder();
    faq.remove();
    item.querySelector('h3')!.textContent = 'Edited while away?';
    elsewhere.append(faq);
    await waitFor(() => questions(faq)[0] === 'Edited while away?');
  });
});

describe('hand-written items, permalinks', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('keeps focus on the permalink when it is activated, even though the page has the id too', async () => {
    const faq = await renderHandWritten(html`<apt-faq>
      <apt-faq-item id="perma-hand" open><h3 slot="question">Linked?</h3><p>Yes.</p></apt-faq-item>
    </apt-faq>`);
    const link = faq.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="permalink"]')!;
    link.focus();
    const changed = oneEvent(window, 'hashchange');
    link.click();
    await changed;
    await waitFor(() => faq.shadowRoot!.activeElement === link);
    expect(location.hash).to.equal('#perma-hand');
    // The same link again: no hashchange, the browser still moves to the id.
    link.click();
    await waitFor(() => faq.shadowRoot!.activeElement === link);
    expect(isShown(regionOf(button(faq, 'perma-hand')))).to.equal(true);
  });
});
