import { expect } from '@open-wc/testing';
import { LIMITS, describeProblems, normaliseItems } from './faq-data.js';
import { button, buttons, isShown, regionOf, renderItems, settled, warningsDuring } from './test/helpers.js';


/**
 * The longest task while `run` runs, where the browser reports them (Chromium); -1 elsewhere.
 * Reported, never asserted on: a busy machine makes any task long. The outcome is asserted.
 */
async function longestTaskDuring(run: () => Promise<unknown>): Promise<number> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    await run();
    return -1;
  }
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await run();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  observer.disconnect();
  return longest;
}

describe('limits on data from items and src', () => {
  it('cuts an over-long question and answer, keeping the item, with a warning naming it', () => {
    const result = normaliseItems([{ id: 'long', question: 'q'.repeat(LIMITS.question + 10), answer: 'a'.repeat(LIMITS.answer + 10) }]);
    expect(result.items).to.have.length(1);
    expect(result.items[0].question).to.have.length(LIMITS.question);
    expect(result.items[0].answer).to.have.length(LIMITS.answer);
    const [warning] = describeProblems(result.problems);
    expect(warning).to.equal('<apt-faq>: item 1 (id "long") shown: question-too-long (500), answer-too-long (20000).');
  });

  it('leaves out the items after the 5,000th, saying how many', () => {
    const raw = Array.from({ length: LIMITS.items + 3 }, (_, i) => ({ question: `Question ${i}?`, answer: 'a' }));
    const result = normaliseItems(raw);
    expect(result.items).to.have.length(LIMITS.items);
    expect(describeProblems(result.problems)).to.deep.equal(['<apt-faq>: too-many-items (5000).']);
  });

  // The worst inputs the issue measured: each held the main thread for seconds before the limits.
  const WORST: [string, string][] = [
    ['200,000 nested <b>', `${'<b>'.repeat(200000)}deep${'</b>'.repeat(200000)}`],
    ['200,000 nested <b>, never closed', `${'<b>'.repeat(200000)}deep`],
    ['200,000 nested <div>', `${'<div>'.repeat(200000)}deep${'</div>'.repeat(200000)}`],
    ['100,000 nested lists', `${'<ul><li>'.repeat(100000)}deep`],
    ['30,000 nested table rows', `${'<table><tr><td>'.repeat(30000)}deep`],
    ['30,000 links', '<a href="https://example.org/">link</a>'.repeat(30000)],
    ['1 MB of plain text in 37,000 paragraphs', 'Some ordinary words here.\n\n'.repeat(37000)],
  ];
  for (const [name, answer] of WORST) {
    it(`applies the limits to an answer of ${name}: cut, flattened, warned; the page stays usable`, async function () {
      this.timeout(60000); // real work for the browser on a busy machine; the outcome is what counts
      let faq!: Awaited<ReturnType<typeof renderItems>>;
      const warnings: string[] = [];
      const longest = await longestTaskDuring(async () => {
        warnings.push(
          ...(await warningsDuring(async () => {
            faq = await renderItems([{ id: 'worst', question: 'Worst?', answer }], { search: true, 'structured-data': true });
            faq.show('worst');
            await settled(faq);
          })),
        );
      });
      const region = regionOf(button(faq, 'worst'));
      expect(isShown(region)).to.equal(true);
      expect(warnings.some((warning) => warning === '<apt-faq>: item 1 (id "worst") shown: answer-too-long (20000).'), warnings.join('\n')).to.equal(true);
      // No element deeper than the limit below the answer's own box.
      let deepest = 0;
      const walk = (node: Element, depth: number) => {
        deepest = Math.max(deepest, depth);
        for (const child of node.children) walk(child, depth + 1);
      };
      walk(region.querySelector('.answer-body')!, 0);
      expect(deepest).to.be.at.most(LIMITS.depth);
      expect(buttons(faq)).to.have.length(1);
      // Reported for the record (see bench/ for measured figures), never asserted.
      const task = longest < 0 ? 'not reported by this browser' : longest === 0 ? 'none over 50 ms' : `${Math.round(longest)} ms`;
      console.log(`${name}: longest task ${task}`);
    });
  }
});
