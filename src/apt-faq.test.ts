import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FaqLoadDetail, FaqToggleDetail } from './events.js';
import type { AptFaq } from './apt-faq.js';
import { DRAWN_AT_ONCE } from './answer.js';
import { ITEMS_AT_ONCE, ITEMS_PER_SLICE } from './controllers/drawn-items.js';
import {
  answersDrawn,
  finishAnimations,
  button,
  buttons,
  deepActiveElement,
  focusedLabel,
  holder,
  idle,
  isShown,
  longFaq,
  nextEvents,
  regionOf,
  renderFaq,
  renderItems,
  sampleItems,
  settled,
  shownText,
} from './test/helpers.js';

/** The six questions of the APT's FAQ page, as the seed page has them. */
const APT_QUESTIONS = [
  'What is the APT doing for victims of torture?',
  'Why does the APT not denounce states that practice torture?',
  'Why is the APT not working with individual cases of torture?',
  'How does the APT decide on countries to engage with?',
  'How does the APT select its partners?',
  'Can my organisation get funding through the APT?',
];

describe('<apt-faq> with the bundled APT FAQ', () => {
  it('shows the six questions verbatim, in order, all closed', async () => {
    const faq = await renderFaq();
    expect(buttons(faq).map((b) => b.textContent.trim())).to.deep.equal(APT_QUESTIONS);
    for (const b of buttons(faq)) {
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(regionOf(b))).to.be.false;
    }
  });

  it('keeps the answers verbatim, typographic apostrophes and quotes included', async () => {
    const faq = await renderFaq();
    await answersDrawn(faq);
    const [victims, denounce] = buttons(faq).map(regionOf);
    expect(victims.textContent).to.include('Many human rights NGO’s are working towards the same ultimate goal');
    expect(denounce.textContent).to.include('this traditional “blaming and shaming” strategy');
    expect(denounce.textContent).to.include('there is no country “immune from torture”.');
  });

  it('keeps the lead-in sentences of the two lists the captured page lost, and invents no list', async () => {
    const faq = await renderFaq();
    await answersDrawn(faq);
    const countries = regionOf(button(faq, 'choosing-countries'));
    const partners = regionOf(button(faq, 'selecting-partners'));
    expect(countries.textContent).to.include('Other criteria include:');
    expect(partners.textContent.trim()).to.match(/good communication based on:$/);
    expect(faq.shadowRoot!.querySelectorAll('ul, ol')).to.have.length(0);
  });

  it('fires apt-faq-load with the bundled source', async () => {
    const container = holder();
    const loaded = oneEvent(container, 'apt-faq-load');
    container.append(document.createElement('apt-faq'));
    const { detail } = (await loaded) as CustomEvent<FaqLoadDetail>;
    expect(detail).to.deep.equal({ count: 6, skipped: 0, source: 'bundled' });
  });

  it('is accessible with every answer closed and with every answer open', async () => {
    const faq = await renderFaq();
    await expect(faq).to.be.accessible();
    faq.showAll();
    await nextEvents(faq, 'apt-faq-open', 6);
    expect(buttons(faq).every((b) => isShown(regionOf(b)))).to.be.true;
    finishAnimations(faq);
    await expect(faq).to.be.accessible();
  });
});

describe('<apt-faq> accordion semantics (WAI-ARIA APG)', () => {
  it('puts each question button in a level-3 heading, controlling a region labelled by it while open', async () => {
    const faq = await renderFaq();
    faq.showAll();
    await settled(faq);
    for (const b of buttons(faq)) {
      expect(b.parentElement!.localName).to.equal('h3');
      const region = regionOf(b);
      expect(region, 'aria-controls resolves inside the same root').to.exist;
      expect(region.getAttribute('role')).to.equal('region');
      const labelId = region.getAttribute('aria-labelledby')!;
      expect((region.getRootNode() as ShadowRoot).getElementById(labelId)).to.equal(b);
    }
  });

  it('does not expose a collapsed answer as an (empty) region landmark', async () => {
    const faq = await renderFaq();
    for (const b of buttons(faq)) {
      const region = regionOf(b);
      expect(region.hasAttribute('role'), b.textContent).to.equal(false);
      expect(region.hasAttribute('aria-labelledby'), b.textContent).to.equal(false);
    }
  });

  it('keeps every question when heading-level changes after the first render', async () => {
    const faq = await renderItems(sampleItems);
    faq.headingLevel = 2;
    await settled(faq);
    expect(buttons(faq).map((b) => [b.parentElement!.localName, b.textContent.trim()])).to.deep.equal([
      ['h2', 'First question?'],
      ['h2', 'Second question?'],
      ['h2', 'Third question?'],
    ]);
  });

    it('uses heading-level for the headings, falling back to 3 outside 2–6', async () => {
    const two = await renderItems(sampleItems, { 'heading-level': '2' });
    expect(buttons(two).map((b) => b.parentElement!.localName)).to.deep.equal(['h2', 'h2', 'h2']);
    const six = await renderItems(sampleItems, { 'heading-level': '6' });
    expect(buttons(six)[0].parentElement!.localName).to.equal('h6');
    const wrong = await renderItems(sampleItems, { 'heading-level': '9' });
    expect(buttons(wrong)[0].parentElement!.localName).to.equal('h3');
  });

  it('changes the heading level when the attribute changes', async () => {
    const faq = await renderItems(sampleItems);
    faq.setAttribute('heading-level', '4');
    await faq.updateComplete;
    expect(buttons(faq)[0].parentElement!.localName).to.equal('h4');
  });

  it('opens and closes an answer on click, with aria-expanded to match', async () => {
    const faq = await renderItems(sampleItems);
    const second = button(faq, 'second');
    second.click();
    await oneEvent(faq, 'apt-faq-open');
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(regionOf(second))).to.be.true;
    expect(regionOf(second).textContent).to.include('Second answer.');
    second.click();
    await oneEvent(faq, 'apt-faq-close');
    expect(second.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(regionOf(second))).to.be.false;
  });

  it('toggles with Enter and with Space from the keyboard', async () => {
    const faq = await renderItems(sampleItems);
    const first = button(faq, 'first');
    first.focus();
    let opened = oneEvent(faq, 'apt-faq-open');
    await sendKeys({ press: 'Enter' });
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.trigger).to.equal('user');
    expect(first.getAttribute('aria-expanded')).to.equal('true');

    const closed = oneEvent(faq, 'apt-faq-close');
    await sendKeys({ press: ' ' });
    await closed;
    expect(first.getAttribute('aria-expanded')).to.equal('false');

    opened = oneEvent(faq, 'apt-faq-open');
    await sendKeys({ press: ' ' });
    await opened;
    expect(isShown(regionOf(first))).to.be.true;
  });

  it('tabs from a question to the links of its open answer, then to the next question', async () => {
    const faq = await renderItems(sampleItems);
    faq.show('first');
    await oneEvent(faq, 'apt-faq-open');
    button(faq, 'first').focus();
    const order = [focusedLabel()];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focusedLabel());
    }
    expect(order).to.deep.equal([
      'button: First question?',
      'a: a link',
      'a: Link to this question',
      'button: Second question?',
    ]);
  });

  it('skips closed answers when tabbing', async () => {
    const faq = await renderItems(sampleItems);
    button(faq, 'first').focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel()).to.equal('button: Second question?');
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel()).to.equal('button: Third question?');
  });

  it('leaves arrow keys, Home and End to the page (no roving focus, nothing prevented)', async () => {
    const faq = await renderItems(sampleItems);
    const prevented: string[] = [];
    const record = (event: KeyboardEvent) => {
      if (event.defaultPrevented) prevented.push(event.key);
    };
    document.addEventListener('keydown', record);
    try {
      button(faq, 'second').focus();
      for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End']) {
        await sendKeys({ press: key });
        expect(focusedLabel(), `focus after ${key}`).to.equal('button: Second question?');
      }
    } finally {
      document.removeEventListener('keydown', record);
    }
    expect(prevented).to.deep.equal([]);
  });

  it('shows a visible focus outline on the focused question', async () => {
    const faq = await renderItems(sampleItems);
    button(faq, 'first').focus();
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement() as HTMLElement;
    expect(focusedLabel()).to.equal('button: Second question?');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    // Items of a long FAQ clip what they paint (content-visibility): the ring must lie inside.
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const ring = focused.getBoundingClientRect();
    const item = focused.closest('[part~="item"]')!.getBoundingClientRect();
    expect(ring.top - reach, 'top').to.be.at.least(item.top);
    expect(ring.left - reach, 'left').to.be.at.least(item.left);
    expect(ring.bottom + reach, 'bottom').to.be.at.most(item.bottom);
    expect(ring.right + reach, 'right').to.be.at.most(item.right);
  });

  it('gives every question a touch target at least 44 px high', async () => {
    const faq = await renderFaq();
    for (const b of buttons(faq)) expect(b.getBoundingClientRect().height).to.be.at.least(44);
  });
});

describe('<apt-faq> open state', () => {
  it('starts with items marked "open" open', async () => {
    const faq = await renderItems([sampleItems[0], { ...sampleItems[1], open: true }, { ...sampleItems[2], open: true }]);
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'true']);
    expect(isShown(regionOf(button(faq, 'third')))).to.be.true;
  });

  it('slides an answer in when the reader opens it, not when it is drawn open (it is in place already)', async () => {
    const faq = await renderItems([sampleItems[0], { ...sampleItems[1], open: true }]);
    const moving = (id: string) => regionOf(button(faq, id)).getAnimations().length > 0; // getAnimations() computes style first
    expect(moving(sampleItems[1].id!), 'drawn open').to.be.false;
    button(faq, sampleItems[0].id!).click();
    await faq.updateComplete;
    expect(moving(sampleItems[0].id!), 'opened by the reader').to.be.true;

    // Once over, the slide does not play again when the FAQ is hidden and shown (a tab, a search).
    const slid = new Promise((resolve) => regionOf(button(faq, sampleItems[0].id!)).addEventListener('animationend', resolve, { once: true }));
    finishAnimations(faq);
    await slid;
    faq.hidden = true;
    expect(moving(sampleItems[0].id!)).to.be.false;
    faq.hidden = false;
    expect(moving(sampleItems[0].id!), 'shown again').to.be.false;

    // New content whose first item is open, drawn where a closed one was.
    faq.hideAll();
    await faq.updateComplete;
    faq.items = [{ id: 'news', question: 'News?', answer: 'Fresh.', open: true }, sampleItems[2]];
    await faq.updateComplete;
    expect(moving('news'), 'new content drawn open').to.be.false;
  });

  it('under exclusive, starts with only the first item marked "open" open', async () => {
    const faq = await renderItems([sampleItems[0], { ...sampleItems[1], open: true }, { ...sampleItems[2], open: true }], {
      exclusive: true,
    });
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false']);
  });

  it('under exclusive, closes the open answer when another opens, and says why', async () => {
    const faq = await renderItems(sampleItems, { exclusive: true });
    button(faq, 'first').click();
    await oneEvent(faq, 'apt-faq-open');
    const opened = oneEvent(faq, 'apt-faq-open');
    const closed = oneEvent(faq, 'apt-faq-close');
    button(faq, 'third').click();
    const [open, close] = (await Promise.all([opened, closed])) as CustomEvent<FaqToggleDetail>[];
    expect(open.detail).to.deep.equal({ id: 'third', question: 'Third question?', index: 2, trigger: 'user' });
    expect(close.detail).to.deep.equal({ id: 'first', question: 'First question?', index: 0, trigger: 'exclusive' });
    expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('closes all but one answer when exclusive is switched on', async () => {
    const faq = await renderItems(sampleItems);
    faq.showAll();
    await nextEvents(faq, 'apt-faq-open', 3);
    const closes = nextEvents<FaqToggleDetail>(faq, 'apt-faq-close', 2);
    faq.exclusive = true;
    expect((await closes).map((e) => e.detail.trigger)).to.deep.equal(['exclusive', 'exclusive']);
    expect(buttons(faq).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
  });
});

describe('<apt-faq> events', () => {
  it('fires apt-faq-open and apt-faq-close, bubbling and composed, after the answer shows or hides', async () => {
    const faq = await renderItems(sampleItems);
    let shownWhenFired: boolean | undefined;
    document.addEventListener('apt-faq-open', () => (shownWhenFired = isShown(regionOf(button(faq, 'second')))), { once: true });
    const opened = oneEvent(document, 'apt-faq-open');
    button(faq, 'second').click();
    const open = (await opened) as CustomEvent<FaqToggleDetail>;
    expect(open.bubbles && open.composed).to.be.true;
    expect(open.target).to.equal(faq);
    expect(open.detail).to.deep.equal({ id: 'second', question: 'Second question?', index: 1, trigger: 'user' });
    expect(shownWhenFired).to.be.true;

    const closed = oneEvent(document, 'apt-faq-close');
    faq.hide('second');
    const close = (await closed) as CustomEvent<FaqToggleDetail>;
    expect(close.bubbles && close.composed).to.be.true;
    expect(close.detail).to.deep.equal({ id: 'second', question: 'Second question?', index: 1, trigger: 'api' });
  });

  it('fires nothing when asked for the state an item already has', async () => {
    const faq = await renderItems(sampleItems);
    const fired: string[] = [];
    faq.addEventListener('apt-faq-open', () => fired.push('open'));
    faq.addEventListener('apt-faq-close', () => fired.push('close'));
    expect(faq.hide('first')).to.be.true;
    faq.show('second');
    await oneEvent(faq, 'apt-faq-open');
    faq.show('second');
    faq.hideAll();
    await oneEvent(faq, 'apt-faq-close');
    expect(fired).to.deep.equal(['open', 'close']);
  });
});

describe('<apt-faq> methods', () => {
  it('show, hide and toggle return whether the id exists', async () => {
    const faq = await renderItems(sampleItems);
    expect(faq.show('nope')).to.be.false;
    expect(faq.hide('nope')).to.be.false;
    expect(faq.toggle('nope')).to.be.false;
    expect(faq.toggle('third')).to.be.true;
    await oneEvent(faq, 'apt-faq-open');
    expect(button(faq, 'third').getAttribute('aria-expanded')).to.equal('true');
    expect(faq.toggle('third', true)).to.be.true;
    expect(button(faq, 'third').getAttribute('aria-expanded')).to.equal('true');
    const closed = oneEvent(faq, 'apt-faq-close');
    expect(faq.toggle('third')).to.be.true;
    expect(((await closed) as CustomEvent<FaqToggleDetail>).detail.trigger).to.equal('api');
    expect(isShown(regionOf(button(faq, 'third')))).to.be.false;
  });

  it('showAll opens every answer and hideAll closes them, one event each', async () => {
    const faq = await renderItems(sampleItems);
    const opens = nextEvents<FaqToggleDetail>(faq, 'apt-faq-open', 3);
    faq.showAll();
    expect((await opens).map((e) => e.detail.id)).to.deep.equal(['first', 'second', 'third']);
    expect(buttons(faq).every((b) => isShown(regionOf(b)))).to.be.true;
    const closes = nextEvents<FaqToggleDetail>(faq, 'apt-faq-close', 3);
    faq.hideAll();
    expect((await closes).map((e) => e.detail.trigger)).to.deep.equal(['api', 'api', 'api']);
    expect(buttons(faq).some((b) => isShown(regionOf(b)))).to.be.false;
  });

  it('act on items right after they are set, before any render', async () => {
    const faq = document.createElement('apt-faq');
    holder().append(faq);
    await faq.updateComplete;
    faq.items = [{ id: 'fresh', question: 'Fresh?', answer: 'Yes.' }];
    const opened = oneEvent(faq, 'apt-faq-open');
    expect(faq.show('fresh')).to.be.true;
    expect(faq.show('victims-of-torture'), 'the bundled content is gone').to.be.false;
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail).to.deep.equal({ id: 'fresh', question: 'Fresh?', index: 0, trigger: 'api' });
    expect(isShown(regionOf(button(faq, 'fresh')))).to.be.true;
  });

  it('fires no open event for an item that new content left out before it was drawn, and the right index for one it kept', async () => {
    const faq = await renderItems(sampleItems);
    const seen: FaqToggleDetail[] = [];
    faq.addEventListener('apt-faq-open', (event) => seen.push(event.detail));
    faq.show('first');
    faq.show('third');
    faq.items = [sampleItems[2]];
    await faq.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen).to.deep.equal([{ id: 'third', question: 'Third question?', index: 0, trigger: 'api' }]);
    expect(isShown(regionOf(button(faq, 'third')))).to.be.true;
  });

  it('act on a src document as soon as apt-faq-load fires', async () => {
    const faq = document.createElement('apt-faq');
    faq.src = '/api/faq/doc/valid';
    const loaded = oneEvent(faq, 'apt-faq-load');
    holder().append(faq);
    await loaded;
    expect(faq.show('mandat')).to.be.true;
  });

    it('showAll leaves an exclusive FAQ as it is', async () => {
    const faq = await renderItems(sampleItems, { exclusive: true });
    faq.showAll();
    await faq.updateComplete;
    expect(buttons(faq).some((b) => b.getAttribute('aria-expanded') === 'true')).to.be.false;
  });
});

describe('<apt-faq> registration', () => {
  it('can be loaded twice on one page without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(/* a second copy of the module */ `./define.ts?copy=${Date.now()}`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    const faq = await renderFaq(html`<apt-faq></apt-faq>`);
    expect(buttons(faq)).to.have.length(6);
  });
});

describe('<apt-faq> with a long FAQ', () => {
  const drawnAnswers = (faq: AptFaq) => [...faq.shadowRoot!.querySelectorAll('[part~="answer"]')].filter((region) => region.childElementCount > 0);

  it(`shows every question and the first ${DRAWN_AT_ONCE} answers, then draws the other closed answers (hidden, for find in page) once the page is idle`, async () => {
    const faq = await renderItems(longFaq(300));
    await settled(faq);
    expect(buttons(faq).map((b) => b.textContent.trim())).to.have.length(300);
    expect(drawnAnswers(faq)).to.have.length(DRAWN_AT_ONCE);
    expect(regionOf(button(faq, `q${DRAWN_AT_ONCE - 1}`)).textContent.trim()).to.equal(`Answer ${DRAWN_AT_ONCE - 1}, in bold.`);
    await answersDrawn(faq);
    expect(drawnAnswers(faq)).to.have.length(300);
    const last = regionOf(button(faq, 'q299'));
    expect(last.textContent.trim()).to.equal('Answer 299, in bold.');
    expect(last.getAttribute('hidden')).to.equal('until-found');
  });

  it('draws an answer at once when it is opened before the page is idle', async () => {
    const faq = await renderItems(longFaq(300));
    faq.show('q150');
    await settled(faq);
    expect(drawnAnswers(faq)).to.have.length(DRAWN_AT_ONCE + 1);
    expect(shownText(regionOf(button(faq, 'q150')))).to.include('Answer 150, in bold.');
  });

  it('stops drawing the answers of an FAQ removed before the page was idle', async () => {
    const faq = await renderItems(longFaq(300));
    await settled(faq);
    faq.remove();
    await idle();
    expect(drawnAnswers(faq)).to.have.length(DRAWN_AT_ONCE);
  });

  it('draws the rest of the answers once a removed FAQ is put back in the page', async () => {
    const faq = await renderItems(longFaq(300));
    await settled(faq);
    faq.remove();
    await idle();
    holder().append(faq);
    await answersDrawn(faq);
    expect(drawnAnswers(faq)).to.have.length(300);
  });

  const views = (faq: AptFaq) => faq.shadowRoot!.querySelectorAll('[part~="item"]');
  const longer = ITEMS_AT_ONCE + ITEMS_PER_SLICE + 10; // three slices: at once, one full, one short

  it(`draws the first ${ITEMS_AT_ONCE} items with the content and the others in slices once the page is idle; updateComplete waits for them all`, async function () {
    this.timeout(30000); // real work for a busy machine: the outcome is what counts
    const faq = await renderItems(longFaq(longer));
    expect(views(faq)).to.have.length(ITEMS_AT_ONCE);
    const opened = oneEvent(faq, 'apt-faq-open');
    faq.show('q3'); // a drawn item opens, and says so, while the others are still to come
    expect(((await opened) as CustomEvent<FaqToggleDetail>).detail.id).to.equal('q3');
    expect(views(faq)).to.have.length(ITEMS_AT_ONCE);
    await settled(faq);
    expect(buttons(faq)).to.have.length(longer);
    expect(button(faq, `q${longer - 1}`).textContent.trim()).to.equal(`Question ${longer - 1}?`);
    expect(shownText(regionOf(button(faq, 'q3')))).to.include('Answer 3, in bold.');
  });

  it('opens an item of a later slice shown from script before it is drawn', async function () {
    this.timeout(30000);
    const faq = await renderItems(longFaq(longer));
    faq.show(`q${longer - 1}`);
    await settled(faq);
    expect(shownText(regionOf(button(faq, `q${longer - 1}`)))).to.include(`Answer ${longer - 1}, in bold.`);
  });

  it('stops drawing the items of a FAQ removed before they were all drawn, and goes on once it is back', async function () {
    this.timeout(30000);
    const faq = await renderItems(longFaq(longer));
    faq.remove();
    await idle();
    await idle();
    expect(views(faq)).to.have.length(ITEMS_AT_ONCE);
    holder().append(faq);
    await settled(faq);
    expect(buttons(faq)).to.have.length(longer);
  });
});
