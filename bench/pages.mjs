// The HTML pages of the benchmark: one per candidate and N, plus the late-script
// layout-shift pages. Every page carries the same in-page harness (below), which sets
//   window.__rendered  performance.now() in the first animation frame after every item is rendered
//   window.__framed    performance.now() once that frame's rendering is done (rAF + posted task)
//   window.__error     a message if rendering did not complete within 20 s
// and exposes window.__bench (question/answer lookup, click probe) to the runner.
import { answerHtml, toAptItems } from './content.mjs';

export const CANDIDATES = ['native', 'apt', 'shoelace', 'carbon', 'floor'];
export const LABELS = {
  native: 'native <details>',
  apt: 'apt-faq',
  shoelace: 'shoelace <sl-details>',
  carbon: 'carbon <cds-accordion>',
  floor: 'reference: bare Lit element',
};

export const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** JSON inside a <script> element: `</script>` and `<!--` must not appear. */
export const scriptJson = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

/**
 * Per candidate: `settle()` awaits what the library offers (definition, updateComplete),
 * `questions()` lists the rendered question controls (only those with their text),
 * `answer()` is the first answer's first paragraph (light DOM, or apt-faq's shadow DOM).
 */
const ADAPTERS = {
  native: `{
    settle: async () => {},
    questions: () => [...document.querySelectorAll('details > summary')].filter((s) => s.textContent.trim()),
    answer: () => document.querySelector('details > p'),
  }`,
  apt: `{
    settle: async () => {
      await customElements.whenDefined('apt-faq');
      const faq = document.querySelector('apt-faq');
      await faq.updateComplete;
      await Promise.all([...faq.shadowRoot.querySelectorAll('apt-faq-item')].map((item) => item.updateComplete));
    },
    questions: () =>
      [...(document.querySelector('apt-faq').shadowRoot?.querySelectorAll('[part="button"]') ?? [])].filter((b) => b.textContent.trim()),
    answer: () => document.querySelector('apt-faq').shadowRoot.querySelector('[part="answer"] p'),
  }`,
  shoelace: `{
    settle: async () => {
      await customElements.whenDefined('sl-details');
      await Promise.all([...document.querySelectorAll('sl-details')].map((d) => d.updateComplete));
    },
    questions: () =>
      [...document.querySelectorAll('sl-details')].map((d) => d.shadowRoot?.querySelector('summary')).filter((s) => s?.textContent.trim()),
    answer: () => document.querySelector('sl-details > p'),
  }`,
  carbon: `{
    settle: async () => {
      await Promise.all([customElements.whenDefined('cds-accordion'), customElements.whenDefined('cds-accordion-item')]);
      const all = [document.querySelector('cds-accordion'), ...document.querySelectorAll('cds-accordion-item')];
      await Promise.all(all.map((e) => e.updateComplete));
    },
    questions: () =>
      [...document.querySelectorAll('cds-accordion-item')].map((i) => i.shadowRoot?.querySelector('button[part="expando"]')).filter((b) => b?.textContent.trim()),
    answer: () => document.querySelector('cds-accordion-item > p'),
  }`,
  floor: `{
    settle: async () => {
      await customElements.whenDefined('lit-floor');
      await document.querySelector('lit-floor').updateComplete;
    },
    questions: () =>
      [...(document.querySelector('lit-floor').shadowRoot?.querySelectorAll('[part="button"]') ?? [])].filter((b) => b.textContent.trim()),
    answer: () => document.querySelector('lit-floor').shadowRoot.querySelector('.answer p'),
  }`,
};

/** The in-page harness (an inline module after the widget's script: it runs once that script has run). */
export function harness(candidate, n) {
  return `<script type="module">
const adapter = ${ADAPTERS[candidate]};
const N = ${n};
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the current frame's rendering (style, layout, paint) is done. */
const afterFrame = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });

/** How much of element is visible: clipped by every overflow-clipping ancestor (flat tree) and the viewport. */
function visibility(element) {
  if (!element) return { visible: false, height: 0, opacity: 0, checkVisibility: false, reason: 'no answer element' };
  const rect = element.getBoundingClientRect();
  let top = Math.max(rect.top, 0), bottom = Math.min(rect.bottom, innerHeight), opacity = 1;
  for (let node = element; node && node.nodeType === 1; node = node.assignedSlot ?? node.parentElement ?? node.getRootNode().host) {
    const style = getComputedStyle(node);
    opacity *= Number(style.opacity);
    if (node !== element && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const clip = node.getBoundingClientRect();
      top = Math.max(top, clip.top);
      bottom = Math.min(bottom, clip.bottom);
    }
  }
  const height = Math.max(0, bottom - top);
  const checkVisibility = element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  return { visible: height > 0 && opacity > 0 && checkVisibility, height: Math.round(height * 10) / 10, opacity: Math.round(opacity * 1000) / 1000, checkVisibility };
}

window.__bench = {
  /** The first answer's visibility now. */
  answerVisibility: () => visibility(adapter.answer()),
  /** Centre of the first question, in viewport coordinates. */
  firstQuestion() {
    const r = adapter.questions()[0].getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  },
  /**
   * Arms a one-shot probe of the next click: in the first animation frame after it, the first
   * answer's visibility (when probeAnswer); once that frame is rendered, resolves with timings.
   */
  armClick(probeAnswer) {
    window.__click = new Promise((resolve) => {
      addEventListener('click', (event) => {
        const handlerStart = performance.now();
        requestAnimationFrame(() => {
          const firstFrame = probeAnswer ? visibility(adapter.answer()) : null;
          const rafAt = performance.now();
          afterFrame().then(() => resolve({ inputAt: event.timeStamp, handlerStart, rafAt, framedAt: performance.now(), firstFrame }));
        });
      }, { capture: true, once: true });
    });
  },
};

const deadline = performance.now() + 20000;
await adapter.settle();
while (adapter.questions().length < N) {
  if (performance.now() > deadline) {
    window.__error = 'rendered ' + adapter.questions().length + ' of ' + N + ' questions in 20 s';
    throw new Error(window.__error);
  }
  await frame();
  await adapter.settle();
}
await frame();
window.__rendered = performance.now();
window.__count = adapter.questions().length;
await afterFrame();
window.__framed = performance.now();
</script>`;
}

/** The candidate's markup for `items` (apt-faq: an empty element, filled from the JSON block). */
/** An empty `<tag>` and its items as a JSON block, read by `itemsFromJson(tag)`. */
const elementWithJson = (tag, items) => `<${tag}></${tag}>\n<script type="application/json" id="faq-data">${scriptJson(items)}</script>`;

/**
 * Sets `<tag>`'s `items` from the JSON block before the element is defined (Lit keeps the
 * value on upgrade), so the first render already shows them: no flash of other content.
 */
export const itemsFromJson = (tag) =>
  `<script type="module">document.querySelector('${tag}').items = JSON.parse(document.getElementById('faq-data').textContent);</script>`;

function widget(candidate, items) {
  switch (candidate) {
    case 'native':
      return items.map((item) => `<details name="faq"><summary>${escapeHtml(item.question)}</summary>${answerHtml(item)}</details>`).join('\n');
    case 'apt':
      return elementWithJson('apt-faq', toAptItems(items));
    case 'shoelace':
      return items.map((item) => `<sl-details summary="${escapeHtml(item.question)}">${answerHtml(item)}</sl-details>`).join('\n');
    case 'floor':
      return elementWithJson('lit-floor', items);
    case 'carbon':
      return `<cds-accordion>\n${items
        .map((item) => `<cds-accordion-item title="${escapeHtml(item.question)}">${answerHtml(item)}</cds-accordion-item>`)
        .join('\n')}\n</cds-accordion>`;
    default:
      throw new Error(`unknown candidate ${candidate}`);
  }
}

/** Script and style tags of the candidate's head; `prefix` is '/late' for the late-script pages. */
function headTags(candidate, prefix = '') {
  switch (candidate) {
    case 'native':
      return '';
    case 'apt':
      return `${itemsFromJson('apt-faq')}\n<script type="module" src="${prefix}/apt-faq.js"></script>`;
    case 'shoelace':
      return `<link rel="stylesheet" href="/shoelace-light.css">\n<script type="module" src="${prefix}/shoelace.js"></script>`;
    case 'carbon':
      return `<script type="module" src="${prefix}/carbon.js"></script>`;
    case 'floor':
      return `${itemsFromJson('lit-floor')}\n<script type="module" src="${prefix}/floor.js"></script>`;
    default:
      throw new Error(`unknown candidate ${candidate}`);
  }
}

const BASE_STYLE = `<style>
  body { margin: 0; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }
  main { max-width: 46rem; margin-inline: auto; }
</style>`;

export const page = ({ title, head, body, tail }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${BASE_STYLE}
${head}
</head>
<body>
<main>
<h1>Frequently asked questions</h1>
${body}
</main>
${tail}
</body>
</html>
`;

/** The time-to-rendered page of `candidate` with `items`. */
export const benchPage = (candidate, items) =>
  page({
    title: `${candidate} × ${items.length}`,
    head: headTags(candidate),
    body: widget(candidate, items),
    tail: harness(candidate, items.length),
  });

/** Sums the layout shifts without recent input, from the start (buffered). */
const CLS_OBSERVER = `<script>
window.__cls = 0; window.__shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) { window.__cls += entry.value; window.__shifts++; }
}).observe({ type: 'layout-shift', buffered: true });
</script>`;
const BELOW =
  '<p id="below">This paragraph sits below the FAQ. If the FAQ changes height after the page first paints, ' +
  'this text moves, and the move counts as a layout shift: readers lose their place and may tap the wrong thing.</p>';

/**
 * The layout-shift scenarios at N=6: each widget's script is served 100 ms late (`/late/…`).
 * apt-faq is tried with its four content sources, each without and with the stylesheet its
 * README recommends ("Avoiding layout shift": reserved height for content the script draws,
 * closed rows of the accordion's size for hand-written items, which reserve nothing).
 */
const APT_CONTENT = [
  ['items', 'items property'],
  ['bundled', 'bundled content'],
  ['src', 'src JSON'],
  ['children', 'light-DOM items'],
  ['children-open', 'light-DOM items, 2nd open'],
];
export const CLS_VARIANTS = [
  { key: 'native', candidate: 'native', label: 'native <details> (no script)' },
  ...APT_CONTENT.map(([content, label]) => ({ key: `apt-${content}`, candidate: 'apt', content, label: `apt-faq, ${label}, no CSS` })),
  ...APT_CONTENT.map(([content, label]) => ({
    key: `apt-${content}-reserved`,
    candidate: 'apt',
    content,
    reserve: true,
    label: `apt-faq, ${label}, README's CSS`,
  })),
  { key: 'shoelace', candidate: 'shoelace', label: 'shoelace <sl-details>' },
  { key: 'carbon', candidate: 'carbon', label: 'carbon <cds-accordion>' },
];

/**
 * A late-script layout-shift page. `srcUrl`: the JSON document of the `src` variant;
 * `reserveCss`: the README's stylesheet for the bundled FAQ and for the generated items.
 */
export function clsPage(variant, items, srcUrl, reserveCss) {
  const late = '<script type="module" src="/late/apt-faq.js"></script>';
  let head = headTags(variant.candidate, '/late');
  let body = widget(variant.candidate, items);
  let n = items.length;
  if (variant.content === 'bundled') {
    head = late;
    body = '<apt-faq></apt-faq>';
    n = 6; // the bundled APT FAQ has six questions
  } else if (variant.content === 'src') {
    head = late;
    body = `<apt-faq src="${srcUrl}"></apt-faq>`;
  } else if (variant.content?.startsWith('children')) {
    head = late;
    const open = (index) => (variant.content === 'children-open' && index === 1 ? ' open' : '');
    body = `<apt-faq>\n${items
      .map((item, index) => `<apt-faq-item id="${item.id}"${open(index)}><h3 slot="question">${escapeHtml(item.question)}</h3>${answerHtml(item)}</apt-faq-item>`)
      .join('\n')}\n</apt-faq>`;
  }
  if (variant.reserve) {
    const css = variant.content === 'bundled' || variant.content?.startsWith('children') ? reserveCss.bundled : reserveCss.generated;
    head = `<style>\n${css}\n</style>\n${head}`;
  }
  return page({
    title: `CLS ${variant.key}`,
    head: `${CLS_OBSERVER}\n${head}`,
    body: `${body}\n${BELOW}`,
    tail: harness(variant.candidate, n),
  });
}
