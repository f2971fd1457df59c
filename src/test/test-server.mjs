// Test-runner middleware: a real HTTP server for the data tests — real status codes, real
// slow answers and real aborts — under /api/faq/. Never part of the shipped package.
import { STRICT_CSP } from '../../scripts/strict-csp.mjs';

const requests = new Map(); // key → 'pending' | 'served' | 'aborted'
const attempts = new Map(); // key → number of requests seen

const item = (n) => ({
  id: `q${n}`,
  question: `Question number ${n}: how does the APT work on this topic?`,
  answer: `<p>Answer ${n}. ${'The APT works with partners to prevent torture. '.repeat(18)}</p>`,
});

export const FIXTURES = {
  valid: {
    lang: 'fr',
    title: 'Questions de partenaires',
    items: [
      { id: 'mandat', question: 'Quel est le mandat de l’APT ?', answer: '<p>La prévention de la torture.</p>' },
      { question: 'Où est l’APT ?', answer: 'À Genève.\n\nEt dans le monde.' },
    ],
  },
  other: {
    items: [{ id: 'other', question: 'Another document?', answer: 'Yes.' }],
  },
  'some-invalid': {
    items: [
      { id: 'good', question: 'Good?', answer: 'Yes.' },
      { id: 'no-answer', question: 'No answer?' },
      { question: 42, answer: 'Numbers are not questions.' },
      { id: 'good', question: 'Duplicate?', answer: 'Same id.' },
      { id: 'fine', question: 'Fine?', answer: 'Yes.' },
    ],
  },
  // Several languages in one document: French lacks one answer, Spanish one whole item.
  multilingual: {
    lang: 'en',
    items: [
      { id: 'funding', question: 'Can partners get funding?', answer: '<p>Sometimes, for joint projects.</p>' },
      { id: 'visits', question: 'Does the APT visit prisons?', answer: '<p>No: it supports the bodies that do.</p>' },
      { id: 'partners', question: 'How are partners chosen?', answer: '<p>By shared goals.</p>' },
    ],
    translations: {
      fr: {
        title: 'Questions fréquentes',
        items: [
          { id: 'funding', question: 'Les partenaires peuvent-ils obtenir un financement ?', answer: '<p>Parfois, pour des projets communs.</p>' },
          { id: 'visits', question: 'L’APT visite-t-elle les prisons ?', answer: '<p>Non : elle soutient les organes qui le font.</p>' },
          { id: 'partners', question: 'Comment les partenaires sont-ils choisis ?' },
        ],
      },
      es: {
        items: [
          { id: 'funding', question: '¿Pueden los socios obtener financiación?', answer: '<p>A veces, para proyectos comunes.</p>' },
          { id: 'visits', question: '¿Visita la APT las cárceles?', answer: '<p>No: apoya a los órganos que lo hacen.</p>' },
        ],
      },
      ar: { items: [{ id: 'funding', question: 'هل يمكن للشركاء الحصول على تمويل؟', answer: '<p>أحيانا، للمشاريع المشتركة.</p>' }] },
      'en-GB': { items: [{ id: 'funding', question: 'Can partners get funding? (UK)' }] },
      pt: 'not a translation',
    },
  },
  'wrong-shape': { questions: [] },
  'empty-answer': {
    items: [
      { id: 'empty', question: 'Empty?', answer: '<p> </p>' },
      { id: 'full', question: 'Full?', answer: '<p>Yes.</p>' },
    ],
  },
};

const send = (ctx, status, body, type = 'application/json') => {
  ctx.status = status;
  ctx.type = type;
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

/** Waits `ms`, or until the client goes away; tells which. */
function waitOrAbort(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('served'), ms);
    // The response closing before we wrote it means the browser dropped the connection.
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(ctx.res.writableEnded ? 'served' : 'aborted');
    });
  });
}


export function testServer() {
  return async (ctx, next) => {
    const url = new URL(ctx.url, 'http://localhost');
    if (url.pathname === '/src/test/csp-page.html') {
      await next();
      ctx.set('Content-Security-Policy', STRICT_CSP);
      return undefined;
    }
    const [, api, faq, route, arg] = url.pathname.split('/');
    if (api !== 'api' || faq !== 'faq') return next();
    const key = url.searchParams.get('key') ?? '';

    if (route === 'doc' && FIXTURES[arg]) return send(ctx, 200, FIXTURES[arg]);
    if (route === 'status') return send(ctx, Number(arg), { error: `status ${arg}` });
    if (route === 'invalid-json') return send(ctx, 200, '{"items": [ {"question": "Cut off', 'application/json');
    if (route === 'trailing-comma') return send(ctx, 200, '{\n  "items": [\n    { "question": "Where?", "answer": "Geneva", }\n  ]\n}');
    if (route === 'html') return send(ctx, 200, '<!doctype html><title>Not found</title>', 'text/html');
    if (route === 'large') {
      return send(ctx, 200, { items: Array.from({ length: Number(arg) }, (_, n) => item(n)) });
    }
    if (route === 'slow') {
      // Answers FIXTURES[arg] after `ms` unless the client aborts first; /api/faq/request/KEY tells which.
      requests.set(key, 'pending');
      const outcome = await waitOrAbort(ctx, Number(url.searchParams.get('ms') ?? 1000));
      requests.set(key, outcome);
      if (outcome === 'served') return send(ctx, 200, FIXTURES[arg]);
      return undefined;
    }
    if (route === 'request') return send(ctx, 200, { state: requests.get(arg) ?? 'unknown' });
    if (route === 'pause') {
      // An empty script (or image) answered after `ms`: holds a page's parser, or its load event.
      await waitOrAbort(ctx, Number(url.searchParams.get('ms') ?? 300));
      return ctx.res.writableEnded ? undefined : send(ctx, 200, '', 'text/javascript');
    }
    if (route === 'flaky') {
      // Fails the first time for each key, then serves the valid document.
      const seen = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, seen);
      return seen === 1 ? send(ctx, 503, { error: 'try later' }) : send(ctx, 200, FIXTURES.valid);
    }
    return send(ctx, 404, { error: 'no such fixture' });
  };
}
