import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AptFaq } from './apt-faq.js';
import type { FaqToggleDetail } from './events.js';
import { ITEMS_AT_ONCE } from './controllers/drawn-items.js';
import {
  button,
  buttons,
  clearHash,
  holder,
  focusedLabel,
  isShown,
  regionOf,
  renderItems,
  sampleItems,
  setHash,
  shownText,
  settled,
  waitFor,
} from './test/helpers.js';

const expanded = (faq: AptFaq) => buttons(faq).map((b) => b.getAttribute('aria-expanded'));
const permalinkOf = (faq: AptFaq, id: string) => regionOf(button(faq, id)).querySelector<HTMLAnchorElement>('[part~="permalink"]');
const inViewport = (element: Element) => {
  const { top, bottom } = element.getBoundingClientRect();
  return top >= 0 && bottom <= innerHeight;
};

/** A tall block above the FAQ, so scrolling to an item is observable. */
function spacer(): HTMLElement {
  const block = document.createElement('div');
  block.style.blockSize = '3000px';
  document.body.prepend(block);
  return block;
}

describe('deep links', () => {
  let above: HTMLElement;
  beforeEach(() => {
    clearHash();
    above = spacer();
    scrollTo(0, 0);
  });
  afterEach(() => {
    clearHash();
    above.remove();
  });

  it('opens, scrolls to and focuses the item named by the hash when the page loads', async () => {
    history.replaceState(null, '', '#second');
    const faq = document.createElement('apt-faq');
    faq.items = sampleItems;
    const opened = oneEvent(faq, 'apt-faq-open');
    holder().append(faq);
    const { detail } = (await opened) as CustomEvent<FaqToggleDetail>;
    expect(detail).to.deep.equal({ id: 'second', question: 'Second question?', index: 1, trigger: 'link' });
    expect(isShown(regionOf(button(faq, 'second')))).to.be.true;
    await waitFor(() => focusedLabel() === 'button: Second question?');
    await waitFor(() => inViewport(button(faq, 'second')));
  });

  it('draws the item named by the hash open as the page loads: it does not slide in', async () => {
    history.replaceState(null, '', '#second');
    const faq = document.createElement('apt-faq');
    faq.items = sampleItems;
    const events: string[] = [];
    for (const type of ['apt-faq-load', 'apt-faq-open']) faq.addEventListener(type, () => events.push(type));
    holder().append(faq);
    await new Promise(requestAnimationFrame);
    const region = regionOf(button(faq, 'second'));
    expect(isShown(region)).to.be.true;
    expect(region.getAnimations(), 'the opening animation').to.have.length(0);
    expect(events).to.deep.equal(['apt-faq-load', 'apt-faq-open']);
  });

  it('follows later hash changes, opening the item it names', async () => {
    const faq = await renderItems(sampleItems);
    const opened = oneEvent(faq, 'apt-faq-open');
    await setHash('#third');
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.trigger).to.equal('link');
    await waitFor(() => focusedLabel() === 'button: Third question?');
    await waitFor(() => inViewport(button(faq, 'third')));
  });

  it('brings an item far down a long FAQ into view, its rows of different heights', async () => {
    const long = Array.from({ length: 400 }, (_, i) => ({
      id: `q${i}`,
      question: `Question ${i}${i % 3 === 0 ? ', long enough to wrap onto a second line in a narrow window: '.repeat(2) : '?'}`,
      answer: `<p>Answer ${i}.</p>`,
      open: i % 7 === 0,
    }));
    const faq = await renderItems(long);
    const opened = oneEvent(faq, 'apt-faq-open');
    await setHash('#q351');
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.id).to.equal('q351');
    await waitFor(() => focusedLabel()?.startsWith('button: Question 351') === true);
    await waitFor(() => inViewport(button(faq, 'q351')));
  });

  it('opens, scrolls to and focuses an item far down a long FAQ, drawn in a later slice, when the page loads with its hash', async function () {
    this.timeout(30000); // real work for a busy machine: the outcome is what counts
    // Items after the first ITEMS_AT_ONCE are drawn when the page is idle, and the rows above
    // have different heights: the scroll must still end on the item once it is drawn.
    const last = ITEMS_AT_ONCE + 150;
    const long = Array.from({ length: last + 1 }, (_, i) => ({
      id: `q${i}`,
      question: `Question ${i}${i % 3 === 0 ? ', long enough to wrap onto a second line in a narrow window: '.repeat(2) : '?'}`,
      answer: `<p>Answer ${i}.</p>`,
      open: i % 7 === 0,
    }));
    history.replaceState(null, '', `#q${last}`);
    const faq = document.createElement('apt-faq');
    faq.items = long;
    const opened = oneEvent(faq, 'apt-faq-open');
    holder().append(faq);
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.id).to.equal(`q${last}`);
    await waitFor(() => focusedLabel()?.startsWith(`button: Question ${last}`) === true);
    await waitFor(() => inViewport(button(faq, `q${last}`)));
  });

  it('puts anchor-prefix in front of every anchor', async () => {
    const faq = await renderItems(sampleItems, { 'anchor-prefix': 'faq-' });
    await setHash('#second');
    await settled(faq);
    expect(expanded(faq)).to.deep.equal(['false', 'false', 'false']);
    const opened = oneEvent(faq, 'apt-faq-open');
    await setHash('#faq-second');
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.id).to.equal('second');
    faq.show('second');
    await settled(faq);
    expect(permalinkOf(faq, 'second')!.getAttribute('href')).to.equal('#faq-second');
  });

  it('decodes the hash, so anchors outside ASCII work', async () => {
    const faq = await renderItems([{ id: 'café', question: 'Un café ?', answer: 'Oui.' }]);
    const opened = oneEvent(faq, 'apt-faq-open');
    await setHash('#caf%C3%A9');
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.id).to.equal('café');
  });

  for (const [name, hash] of [
    ['unknown', '#not-a-question'],
    ['malformed', '#%E0%A4%A'],
    ['hostile', '#<img src=x onerror="window.__aptFaqPwned=1">'],
    ['very long', `#${'second'.repeat(20000)}`],
    ['a CSS selector', '#second, #third'],
  ]) {
    it(`ignores a ${name} hash without any error`, async () => {
      const faq = await renderItems(sampleItems);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        await setHash(hash);
        await settled(faq);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(expanded(faq)).to.deep.equal(['false', 'false', 'false']);
      expect((window as { __aptFaqPwned?: number }).__aptFaqPwned).to.equal(undefined);
      expect(faq.shadowRoot!.querySelector('img')).to.equal(null);
    });
  }

  it('lets each of several instances react only to its own anchors', async () => {
    const one = await renderItems(sampleItems, { 'anchor-prefix': 'one-' });
    const two = await renderItems(
      [{ id: 'second', question: 'Another second?', answer: 'Another answer.' }],
      { 'anchor-prefix': 'two-' },
    );
    const opened = oneEvent(two, 'apt-faq-open');
    await setHash('#two-second');
    await opened;
    await settled(one);
    expect(expanded(two)).to.deep.equal(['true']);
    expect(expanded(one)).to.deep.equal(['false', 'false', 'false']);
  });

  it('opens a hand-written <apt-faq-item> by its id', async () => {
    history.replaceState(null, '', '#funding');
    const container = holder();
    const opened = oneEvent(container, 'apt-faq-open');
    const faq = await fixture<AptFaq>(
      html`<apt-faq>
        <apt-faq-item id="mandate" question="What is our mandate?"><p>Prevention.</p></apt-faq-item>
        <apt-faq-item id="funding" question="Can my organisation get funding?"><p>We are not a donor.</p></apt-faq-item>
      </apt-faq>`,
      { parentNode: container },
    );
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail).to.deep.equal({
      id: 'funding',
      question: 'Can my organisation get funding?',
      index: 1,
      trigger: 'link',
    });
    expect(shownText(regionOf(button(faq, 'funding')))).to.include('We are not a donor.');
  });
});

describe('permalinks', () => {
  afterEach(clearHash);

  it('gives each open answer a "Link to this question" link to its anchor, and closed ones none', async () => {
    const faq = await renderItems(sampleItems);
    faq.show('second');
    await oneEvent(faq, 'apt-faq-open');
    const link = permalinkOf(faq, 'second')!;
    expect(link.textContent.trim()).to.equal('Link to this question');
    expect(link.getAttribute('href')).to.equal('#second');
    expect(link.getAttribute('part')).to.equal('permalink');
    expect(permalinkOf(faq, 'first')).to.equal(null);
  });

  it('puts the link in the address bar and announces the copy when activated from the keyboard', async () => {
    const faq = await renderItems(sampleItems);
    faq.show('second');
    await oneEvent(faq, 'apt-faq-open');
    permalinkOf(faq, 'second')!.focus();
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(location.hash).to.equal('#second');
    const announcer = faq.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await waitFor(() => announcer.textContent === 'Link copied');
    expect(focusedLabel(), 'focus stays on the link').to.equal('a: Link to this question');
  });
});

describe('sync-url', () => {
  afterEach(clearHash);

  it('writes the opened item into the hash without adding history entries, and clears it on close', async () => {
    const faq = await renderItems(sampleItems, { 'sync-url': true });
    const entries = history.length;
    button(faq, 'third').click();
    await oneEvent(faq, 'apt-faq-open');
    expect(location.hash).to.equal('#third');
    button(faq, 'first').click();
    await oneEvent(faq, 'apt-faq-open');
    expect(location.hash).to.equal('#first');
    button(faq, 'third').click();
    await oneEvent(faq, 'apt-faq-close');
    expect(location.hash, 'closing another item keeps the hash').to.equal('#first');
    button(faq, 'first').click();
    await oneEvent(faq, 'apt-faq-close');
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(entries);
  });

  it('leaves the hash alone without sync-url', async () => {
    const faq = await renderItems(sampleItems);
    button(faq, 'third').click();
    await oneEvent(faq, 'apt-faq-open');
    expect(location.hash).to.equal('');
  });
});
