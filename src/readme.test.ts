import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AptFaq } from './apt-faq.js';
import { addPageStyles, buttons, clearHash, holder, longFaq, renderItems, setHash, settled, waitFor } from './test/helpers.js';

// The code blocks of the README and of the docs/ pages with snippets, run as a reader would paste them. The embed (script tag, file://,
// strict CSP) and the React and Vue snippets are checked from the packed package by
// `npm run test:package` (scripts/readme-embed.test.mjs, scripts/package.test.mjs).

interface Snippet {
  lang: string;
  code: string;
}

/** The pages whose code blocks are tested (scripts/readme-snippets.mjs reads the same). */
const DOCUMENTED = ['README.md', 'docs/embedding.md', 'docs/features.md', 'docs/theming.md', 'docs/content.md'];

/** The fenced code blocks of those pages, de-indented (as scripts/readme-snippets.mjs reads them). */
async function readmeSnippets(): Promise<Snippet[]> {
  const text = (await Promise.all(DOCUMENTED.map(async (page) => (await fetch(`/${page}`)).text()))).join('\n');
  return [...text.matchAll(/^( *)```([\w-]*)\n([\s\S]*?)^\1```$/gm)].map(([, indent, lang, code]) => ({
    lang,
    code: code.replace(new RegExp(`^${indent}`, 'gm'), ''),
  }));
}

/** The one block of `lang` that contains `marker`. */
async function snippet(lang: string, marker: string): Promise<string> {
  const found = (await readmeSnippets()).filter((block) => block.lang === lang && block.code.includes(marker));
  expect(found, `README.md and docs/: one ${lang} block with "${marker}"`).to.have.length(1);
  return found[0].code;
}

/**
 * Runs a README script as a reader pastes it into a page: in a classic `<script>` (in a block,
 * so its `const`s do not outlive it), with a fresh `<apt-faq>` first in the page, as
 * `document.querySelector('apt-faq')` finds it. A script that throws fails the test.
 */
function runScript(code: string, attributes = ''): AptFaq {
  const container = holder();
  container.innerHTML = `<apt-faq ${attributes}></apt-faq>`;
  document.body.prepend(container);
  const faq = container.querySelector('apt-faq')!;
  const declaresFaq = /\bconst faq\b/.test(code);
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  window.addEventListener('error', onError);
  const script = document.createElement('script');
  script.textContent = `{\n${declaresFaq ? '' : "const faq = document.querySelector('apt-faq');\n"}${code}\n}`;
  container.append(script); // a classic inline script runs as it is inserted
  window.removeEventListener('error', onError);
  if (errors.length) throw errors[0];
  return faq;
}

/** The question buttons of a FAQ, wherever in its shadow trees they are drawn. */
function questionButtons(root: Element | ShadowRoot): HTMLButtonElement[] {
  const scope = root instanceof Element ? root.shadowRoot : root;
  if (!scope) return [];
  const own = [...scope.querySelectorAll<HTMLButtonElement>('button[aria-expanded][aria-controls]')];
  const nested = [...scope.querySelectorAll('*')].filter((element) => element.shadowRoot).flatMap((element) => questionButtons(element));
  return [...own, ...nested];
}

describe('README code blocks', () => {
  afterEach(clearHash);

  it('every HTML block without a script renders each of its FAQs', async () => {
    const blocks = (await readmeSnippets()).filter((block) => block.lang === 'html' && !block.code.includes('<script'));
    expect(blocks.length).to.be.greaterThan(2);
    for (const { code } of blocks) {
      const container = holder();
      let loads = 0;
      container.addEventListener('apt-faq-load', () => loads++);
      container.innerHTML = code;
      const faqs = [...container.querySelectorAll('apt-faq')];
      const fromPage = faqs.filter((faq) => !faq.hasAttribute('src'));
      await waitFor(() => loads >= fromPage.length);
      for (const faq of faqs) expect(faq.shadowRoot, code).to.exist;
      container.remove();
    }
  });

  it('the usage script: items set, a listener added and show() called in one go open the new item', async () => {
    const code = await snippet('js', 'faq.items =');
    const opened: string[] = [];
    const log = console.log;
    console.log = (id: string) => opened.push(id);
    try {
      const faq = runScript(code);
      await settled(faq);
      const question = questionButtons(faq).find((button) => button.textContent?.trim() === 'Where are you based?');
      expect(question?.getAttribute('aria-expanded'), 'the question show() named is open').to.equal('true');
      // apt-faq-open comes once the answer shows; the test's timeout bounds the wait.
      await waitFor(() => opened.length > 0);
    } finally {
      console.log = log;
    }
    expect(opened).to.deep.equal(['where-are-you-based']);
  });

  it('the strings script replaces the UI strings it names', async () => {
    const faq = runScript(await snippet('js', 'faq.strings ='), 'expand-all');
    await faq.updateComplete;
    const toggle = faq.shadowRoot!.querySelector('[part~="expand-all"]');
    expect(toggle?.textContent?.trim()).to.equal('Tout ouvrir');
  });

  it('the analytics script counts a question opened from a link', async () => {
    const code = await snippet('js', 'plausible');
    const counted: unknown[][] = [];
    const win = window as unknown as { plausible?: (...args: unknown[]) => void };
    win.plausible = (...args) => counted.push(args);
    // The script listens on document: note what it adds, to take it away after the test.
    const added: [string, EventListenerOrEventListenerObject][] = [];
    const addEventListener = document.addEventListener.bind(document);
    document.addEventListener = ((type: string, handler: EventListenerOrEventListenerObject) => {
      added.push([type, handler]);
      addEventListener(type, handler);
    }) as typeof document.addEventListener;
    let faq: AptFaq;
    try {
      faq = runScript(code);
    } finally {
      document.addEventListener = addEventListener;
    }
    await faq.updateComplete;
    await setHash('#funding');
    await waitFor(() => counted.length > 0);
    for (const [type, handler] of added) document.removeEventListener(type, handler);
    delete win.plausible;
    expect(counted).to.deep.equal([['FAQ question opened', { props: { question: 'funding' } }]]);
  });

  it('the theming CSS sets the accent', async () => {
    addPageStyles(await snippet('css', '--apt-faq-accent'));
    const faq = runScript('');
    expect(getComputedStyle(faq).getPropertyValue('--apt-faq-accent').trim()).to.equal('#0b4f8a');
  });

  it('the numbering CSS numbers the questions across items', async () => {
    addPageStyles(await snippet('css', 'counter-increment'));
    const faq = await renderItems(longFaq(10));
    // "10." is wider than "1." and "2.": the question text after it starts further along.
    const starts = buttons(faq).map((b) => b.querySelector('.question')!.getBoundingClientRect().left);
    expect(starts[1]).to.equal(starts[0]);
    expect(starts[9], `question 10 starts at ${starts[9]}, question 1 at ${starts[0]}`).to.be.above(starts[0] + 2);
  });

  it('the hand-written embed CSS: items, open or not, with a heading or in the short form, do not move when the script arrives', async () => {
    const css = await snippet('css', 'apt-faq-item[open]');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 600px; block-size: 900px; border: 0';
    // The page before its script: the README's CSS and hand-written items, the second open.
    frame.srcdoc = `<!doctype html><html lang="en"><style>body { margin: 8px; font: 16px/1.5 sans-serif; }</style>
      <style>${css}</style>
      <apt-faq>
        <apt-faq-item id="mandate"><h3 slot="question">What is the APT's mandate?</h3><p>To prevent torture.</p></apt-faq-item>
        <apt-faq-item id="short" question="A question in the short form, long enough to wrap onto a second line in this frame?">
          <p>Its answer.</p></apt-faq-item>
        <apt-faq-item id="open-one" open><h3 slot="question">Which question starts open, with a long question that wraps?</h3>
          <p>This answer is open from the start, a paragraph long enough to wrap onto a second line in the frame.</p>
          <p>And a second paragraph.</p></apt-faq-item>
        <apt-faq-item id="funding"><h3 slot="question">Can my organisation get funding?</h3><p>Jointly.</p></apt-faq-item>
        <apt-faq-item id="short-open" question="And an open one in the short form?" open><p>Open from the start.</p>
          <p>A second paragraph.</p></apt-faq-item>
      </apt-faq>
      <p id="below">Below the FAQ.</p>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    holder().append(frame);
    await loaded;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const top = (element: Element | null | undefined): number => element!.getBoundingClientRect().top;
    /** Where a question's row starts: its heading, or the short form's first line (inside the item's border). */
    const rowTop = (item: Element): number => {
      const heading = item.querySelector(':scope > [slot="question"]');
      return heading ? top(heading) : top(item) + item.clientTop;
    };
    const questions = (): number[] => {
      const faq = doc.querySelector('apt-faq')!;
      if (faq.shadowRoot) return [...faq.shadowRoot.querySelectorAll('[part~="button"]')].map(top);
      return [...doc.querySelectorAll('apt-faq-item')].map(rowTop);
    };
    const layout = () => ({
      questions: questions(),
      openAnswer: [...doc.querySelectorAll('#open-one p, #short-open p')].map(top),
      below: top(doc.getElementById('below')),
    });
    const before = layout();
    expect(before.questions).to.have.length(5);
    // The short form's question is drawn from its attribute: a row of two lines, not an empty border.
    expect(doc.getElementById('short')!.getBoundingClientRect().height, 'the short form shows its question').to.be.above(60);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/src/define.ts';
    doc.head.append(script);
    await win.customElements.whenDefined('apt-faq');
    const faq = doc.querySelector('apt-faq') as AptFaq;
    await faq.updateComplete;
    const answer = faq.shadowRoot!.querySelector('#open-one-answer')!;
    expect(answer.hasAttribute('hidden'), 'the open item is open').to.equal(false);
    const after = layout();
    expect(after.questions).to.have.length(5);
    const moved = (a: number[], b: number[]) => a.map((y, i) => Math.abs(y - b[i])).filter((d) => d > 0.5);
    expect(moved(after.questions, before.questions), `questions at ${after.questions.join()}, were at ${before.questions.join()}`).to.deep.equal([]);
    expect(moved(after.openAnswer, before.openAnswer), `open answer at ${after.openAnswer.join()}, was at ${before.openAnswer.join()}`).to.deep.equal([]);
    expect(Math.abs(after.below - before.below), `below the FAQ at ${after.below}, was at ${before.below}`).to.be.at.most(0.5);
  });

  it('the JSON format example passes apt-faq check', async () => {
    const result = await executeServerCommand<{ code: number; output: string }, object>('check-data', {
      text: await snippet('json', '"$schema"'),
      name: 'faq.json',
    });
    expect(result.output.trim()).to.equal('✓ faq.json: 2 items, no problems.');
    expect(result.code).to.equal(0);
  });

  it('the several-languages example passes apt-faq check, its translation complete', async () => {
    const result = await executeServerCommand<{ code: number; output: string }, object>('check-data', {
      text: await snippet('json', '"translations"'),
      name: 'faq.json',
    });
    expect(result.output.trim()).to.equal('✓ faq.json: 1 item, no problems.');
    expect(result.code).to.equal(0);
  });
});
