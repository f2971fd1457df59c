import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FaqLoadDetail, FaqToggleDetail } from './events.js';
import {
  answersDrawn,
  finishAnimations,
  button,
  buttons,
  deepActiveElement,
  focusedLabel,
  holder,
  isShown,
  nextEvents,
  regionOf,
  renderFaq,
  renderItems,
  sampleItems,
  settled,
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
    expect(detail).to.deep.equal({ count: 6, skipped: 0, source: 'bundled', lang: 'en' });
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
