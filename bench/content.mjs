// Deterministic FAQ content: the same seed always gives the same questions and answers,
// so every candidate, every run and every machine renders exactly the same text.

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Plain English words of an NGO FAQ; no HTML-special characters.
const WORDS = (
  'the our we a to of and in for with on by from about how when where what which who ' +
  'organisation partner partners country countries state states detention places visit visits ' +
  'monitoring prevention torture risk people rights human national mechanism mechanisms report ' +
  'reports law laws policy policies police prison prisons authority authorities work working ' +
  'support training dialogue experts expert independent public access information safeguards ' +
  'lawyer doctor family custody first hours interview interviews programme programmes funding ' +
  'donor donors project projects network regional local international standards practice change ' +
  'protocol convention ratification implementation guidance tools research evidence data year ' +
  'years team staff office offices cooperation trust request requests answer answers question'
).split(' ');
const QUESTION_STARTS = ['How does', 'Why does', 'When does', 'What does', 'Can', 'Does', 'Where does', 'Who helps'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const capitalise = (text) => text[0].toUpperCase() + text.slice(1);

/** Appends random words until the text reaches `length` characters (then stops at a word end). */
function words(rand, length) {
  const out = [];
  let size = 0;
  while (size < length) {
    const word = pick(rand, WORDS);
    out.push(word);
    size += word.length + 1;
  }
  return out.join(' ');
}

/** A sentence of 60–140 characters. */
const sentence = (rand) => `${capitalise(words(rand, 60 + Math.floor(rand() * 80)))}.`;

/** A paragraph of plain sentences, about `length` characters long. */
function paragraph(rand, length) {
  const sentences = [];
  let size = 0;
  while (size < length) {
    const s = sentence(rand);
    sentences.push(s);
    size += s.length + 1;
  }
  return sentences.join(' ');
}

/**
 * N items `{ id, question, paragraphs }`: a ~60-character question and a ~900-character
 * answer in two paragraphs of plain sentences. Seeded by N, so N=6 is not a prefix of N=100.
 */
export function makeItems(n, seed = 20240601) {
  const rand = mulberry32(seed + n);
  return Array.from({ length: n }, (_, index) => {
    const question = `${pick(rand, QUESTION_STARTS)} ${words(rand, 40 + Math.floor(rand() * 8))} ${index + 1}?`;
    return { id: `q${index + 1}`, question, paragraphs: [paragraph(rand, 390), paragraph(rand, 390)] };
  });
}

/** The answer as HTML (`<p>` per paragraph): the same markup for every candidate. */
export const answerHtml = (item) => item.paragraphs.map((p) => `<p>${p}</p>`).join('');

/** The items as `<apt-faq>` takes them through its `items` property or a `src` JSON document. */
export const toAptItems = (items) => items.map((item) => ({ id: item.id, question: item.question, answer: answerHtml(item) }));
