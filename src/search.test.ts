import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AptFaq } from './apt-faq.js';
import type { FaqSearchDetail, FaqToggleDetail } from './events.js';
import { HIGHLIGHT_NAME } from './text/highlight.js';
import { addPageStyles, button, buttons, clearHash, focusedLabel, idle, longFaq, renderFaq, renderItems, searchField, setHash, settled, typeQuery, waitFor } from './test/helpers.js';
import { multilingual } from './test/search-items.js';
import { html } from 'lit';

const visibleQuestions = (faq: AptFaq) =>
  buttons(faq)
    .filter((b) => b.closest('[part~="item"]')!.checkVisibility())
    .map((b) => b.textContent.trim());
const announcer = (faq: AptFaq) => faq.shadowRoot!.querySelector('[aria-live="polite"]')!;

const top = (element: Element) => Math.round(element.getBoundingClientRect().top);
const bottom = (element: Element) => Math.round(element.getBoundingClientRect().bottom);
/** Space above each item shown: from `start` for the first, from the item before for the others. */
const spaces = (faq: AptFaq, start: number) => {
  const shown = [...faq.shadowRoot!.querySelectorAll('[part~="item"]')].filter((item) => item.checkVisibility());
  return shown.map((item, i) => top(item) - (i === 0 ? start : bottom(shown[i - 1])));
};
/** A 12px gap, and the toolbar restyled flush with the questions; returns the toolbar. */
function flushToolbar(faq: AptFaq): Element {
  faq.style.setProperty('--apt-faq-gap', '12px');
  addPageStyles('apt-faq::part(toolbar) { margin-block-end: 0 }');
  return faq.shadowRoot!.querySelector('[part~="toolbar"]')!;
}


describe('search', () => {
  it('offers a labelled search field only with the search attribute', async () => {
    const plain = await renderItems(multilingual);
    expect(searchField(plain)).to.equal(null);
    const faq = await renderItems(multilingual, { search: true });
    const field = searchField(faq);
    expect(field.type).to.equal('search');
    expect(field.labels![0].textContent.trim()).to.equal('Search the questions');
    await expect(faq).to.be.accessible();
  });

  it('filters questions and answers, ignoring case and accents, every word required', async () => {
    const faq = await renderItems(multilingual, { search: true });
    await typeQuery(faq, 'EDUCATION');
    expect(visibleQuestions(faq)).to.deep.equal(['Éducation et formation ?']);
    searchField(faq).select();
    await typeQuery(faq, 'donor');
    expect(visibleQuestions(faq), 'answers are searched too').to.deep.equal(['Funding?']);
    searchField(faq).select();
    await typeQuery(faq, 'visit prisons');
    expect(visibleQuestions(faq)).to.deep.equal(['Visits to places of detention']);
    searchField(faq).select();
    await typeQuery(faq, 'visit funding');
    expect(visibleQuestions(faq), 'every word must match').to.deep.equal([]);
  });

  it('keeps one gap between the questions it shows, and none above the first', async () => {
    // A FAQ in a card: nothing between the card's padding and the first question.
    const plain = await renderItems(multilingual);
    plain.style.cssText = '--apt-faq-gap: 12px; display: block; padding: 10px';
    expect(spaces(plain, top(plain) + 10)).to.deep.equal([0, 12, 12]);

    // A toolbar restyled flush with the questions: a search that hides the first item adds no gap.
    const faq = await renderItems(multilingual, { search: true });
    const toolbar = flushToolbar(faq);
    expect(spaces(faq, bottom(toolbar))).to.deep.equal([0, 12, 12]);
    await typeQuery(faq, 'is'); // "visits" and "organisations", not the first item
    expect(visibleQuestions(faq)).to.deep.equal(['Visits to places of detention', 'Funding?']);
    expect(spaces(faq, bottom(toolbar))).to.deep.equal([0, 12]);
    searchField(faq).select();
    await typeQuery(faq, 'donor');
    expect(spaces(faq, bottom(toolbar))).to.deep.equal([0]);
  });

  it('keeps the same gaps in a long FAQ, whose items are laid out in groups, before and during a search', async () => {
    // 300 items: groups of 50, each laid out on its own. "Zebras" are in two groups, not the first.
    const zebras = new Set([55, 56, 57, 58, 59, 100, 101]);
    const faq = await renderItems(
      longFaq(300, (i) => `<p>Answer ${i}${zebras.has(i) ? ' about zebras' : ''}.</p>`),
      { search: true },
    );
    const toolbar = flushToolbar(faq);
    expect(spaces(faq, bottom(toolbar))).to.deep.equal([0, ...Array<number>(299).fill(12)]);
    await typeQuery(faq, 'zebras');
    expect(visibleQuestions(faq)).to.have.length(zebras.size);
    expect(spaces(faq, bottom(toolbar))).to.deep.equal([0, 12, 12, 12, 12, 12, 12]);
  });

  it('searches new content only, when items are replaced while the old ones are still being prepared', async () => {
    const faq = await renderItems(longFaq(300, (i) => `<p>Old answer ${i} about zebras.</p>`), { search: true });
    faq.items = longFaq(300, (i) => `<p>New answer ${i} about lions.</p>`);
    await settled(faq);
    await idle(); // part of the new text is prepared ahead of the search, part is not
    await typeQuery(faq, 'zebras');
    expect(visibleQuestions(faq)).to.deep.equal([]);
    searchField(faq).select();
    await typeQuery(faq, 'lions 298');
    expect(visibleQuestions(faq)).to.deep.equal(['Question 298?']);
  });

  it('searches the bundled APT FAQ', async () => {
    const faq = await renderFaq(html`<apt-faq search></apt-faq>`);
    await typeQuery(faq, 'funding apt');
    expect(visibleQuestions(faq)).to.deep.equal(['Can my organisation get funding through the APT?']);
  });

  it('takes filtered-out items out of the tab order and the accessibility tree', async () => {
    const faq = await renderItems(multilingual, { search: true });
    await typeQuery(faq, 'funding');
    for (const id of ['education', 'visits']) {
      const item = button(faq, id).closest<HTMLElement>('[part~="item"]')!;
      expect(item.hidden).to.be.true;
      expect(getComputedStyle(item).display).to.equal('none');
    }
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel()).to.equal('button: Funding?');
  });

  it('highlights the matched words with the CSS Custom Highlight API', async () => {
    const faq = await renderItems(multilingual, { search: true });
    await typeQuery(faq, 'educ police');
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(HIGHLIGHT_NAME)!;
    const mine = () => [...highlight].filter((range) => faq.shadowRoot!.contains(range.startContainer)).map((range) => range.toString());
    // Marked where it can be seen: the question; the closed answer once it is opened.
    expect(mine()).to.have.members(['Éduc']);
    faq.show('education');
    await settled(faq);
    expect(mine()).to.have.members(['Éduc', 'police']);
    searchField(faq).select();
    await sendKeys({ press: 'Backspace' });
    await settled(faq);
    expect([...highlight].filter((range) => faq.shadowRoot!.contains(range.startContainer))).to.have.length(0);
  });

  it('highlights in new content that arrives during a search, once updateComplete resolves', async () => {
    const faq = await renderItems(multilingual, { search: true });
    await typeQuery(faq, 'police');
    faq.items = [...multilingual, { id: 'more', question: 'More about the police?', answer: 'Police custody.', open: true }];
    await faq.updateComplete;
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(HIGHLIGHT_NAME)!;
    const mine = [...highlight].filter((range) => faq.shadowRoot!.contains(range.startContainer));
    // The new item's question and open answer; the closed "education" answer is marked once opened.
    expect(mine.map((range) => range.toString())).to.have.members(['police', 'Police']);
  });

  it('still filters where the Highlight API is missing (API removed for this test), changing no text', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(CSS, 'highlights');
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
    try {
      const faq = await renderItems(multilingual, { search: true });
      const question = button(faq, 'education').innerHTML;
      await typeQuery(faq, 'educ');
      expect(visibleQuestions(faq)).to.deep.equal(['Éducation et formation ?']);
      // No fallback marks the match by changing the markup (a <mark>, a <span>): the question is as drawn.
      expect(button(faq, 'education').innerHTML).to.equal(question);
    } finally {
      if (descriptor) Object.defineProperty(CSS, 'highlights', descriptor);
      else delete (CSS as unknown as { highlights?: unknown }).highlights;
    }
  });

  it('shows the count, announces it politely and fires apt-faq-search once typing pauses', async () => {
    const faq = await renderItems(multilingual, { search: true });
    const searches: FaqSearchDetail[] = [];
    faq.addEventListener('apt-faq-search', (event) => searches.push(event.detail));
    const reported = oneEvent(faq, 'apt-faq-search');
    await typeQuery(faq, 'visit');
    expect(faq.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('1 of 3 questions');
    expect(((await reported) as CustomEvent<FaqSearchDetail>).detail).to.deep.equal({ query: 'visit', count: 1 });
    await waitFor(() => announcer(faq).textContent === '1 of 3 questions');
    expect(searches, 'one event for the whole word').to.have.length(1);
  });

  it('shows an empty state with a way to clear, and announces it', async () => {
    const faq = await renderItems(multilingual, { search: true });
    await typeQuery(faq, 'zebra');
    const empty = faq.shadowRoot!.querySelector('.empty')!;
    expect(empty.querySelector('p')!.textContent).to.equal('No questions match “zebra”.');
    await waitFor(() => announcer(faq).textContent === 'No questions match “zebra”.');
    const cleared = oneEvent(faq, 'apt-faq-search');
    empty.querySelector('button')!.click();
    expect(((await cleared) as CustomEvent<FaqSearchDetail>).detail).to.deep.equal({ query: '', count: 3 });
    await settled(faq);
    expect(visibleQuestions(faq)).to.have.length(3);
    expect(searchField(faq).value).to.equal('');
    expect(focusedLabel()).to.equal('input: ');
  });

  it('clears with Escape', async () => {
    const faq = await renderItems(multilingual, { search: true });
    await typeQuery(faq, 'funding');
    expect(visibleQuestions(faq)).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await settled(faq);
    expect(searchField(faq).value).to.equal('');
    expect(visibleQuestions(faq)).to.have.length(3);
  });

  it('clears the filter when a deep link names a filtered-out item, and opens it', async () => {
    const faq = await renderItems(multilingual, { search: true });
    await typeQuery(faq, 'funding');
    const opened = oneEvent(faq, 'apt-faq-open');
    try {
      await setHash('#visits');
      expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.id).to.equal('visits');
    } finally {
      clearHash();
    }
    await settled(faq);
    expect(visibleQuestions(faq)).to.have.length(3);
    expect(button(faq, 'visits').getAttribute('aria-expanded')).to.equal('true');
  });

  it('shows the item the hash names in new content, clearing the search where it no longer matches', async () => {
    const faq = await renderItems(
      [
        { id: 'one', question: 'One?', answer: 'About zebras.' },
        { id: 'two', question: 'Two?', answer: 'About lions.' },
      ],
      { search: true },
    );
    await typeQuery(faq, 'zebras');
    expect(visibleQuestions(faq)).to.deep.equal(['One?']);
    // The URL names "one" (not followed yet), and new content arrives where it has no zebras.
    history.replaceState(null, '', '#one');
    const opened = oneEvent(faq, 'apt-faq-open');
    try {
      faq.items = [
        { id: 'one', question: 'One?', answer: 'About giraffes.' },
        { id: 'two', question: 'Two?', answer: 'About zebras.' },
      ];
      expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.trigger).to.equal('link');
      await settled(faq);
      expect(searchField(faq).value).to.equal('');
      expect(visibleQuestions(faq)).to.deep.equal(['One?', 'Two?']);
      expect(button(faq, 'one').getAttribute('aria-expanded')).to.equal('true');
      await waitFor(() => focusedLabel() === 'button: One?');
    } finally {
      clearHash();
    }
  });
});
