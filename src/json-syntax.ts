/**
 * Where a JSON text first goes wrong, as a line and column a person can go to.
 *
 * `JSON.parse` in Node 20 says "Unexpected token '}', … is not valid JSON" or "at position
 * 69", never a line; the people who write FAQ files count lines. This scanner follows the
 * JSON grammar (RFC 8259) and stops at the first character that cannot belong there.
 * Used only after `JSON.parse` has failed: by `apt-faq check` and `render`, the editor's import
 * and the element's console.
 */
import type { FaqProblem } from './problems.js';

/** The first syntax error of a JSON text: 1-based line and column, and what was expected. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** e.g. `expected "," or "}" after a property value, found "]"` */
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/**
 * Scans `text` as JSON and returns its first syntax error, or `undefined` when it is valid.
 * @example findJsonSyntaxError('{\n  "a": 1,\n}') // { line: 3, column: 1, message: 'expected a property name in double quotes, found "}"' }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const fail = (expected: string): never => {
    throw new Stop(at, expected);
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail(`expected "${word}"`);
      at++;
    }
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail('expected a closing double quote');
      const char = text[at];
      if (char === '"') {
        at++;
        return;
      }
      if (char < ' ') fail('expected a closing double quote (line breaks and tabs inside a string must be written \\n and \\t)');
      if (char === '\\') {
        at++;
        if (text[at] === 'u') {
          at++;
          for (let i = 0; i < 4; i++, at++) if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail('expected four hex digits after \\u');
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail('expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after a backslash');
      }
      at++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail('expected a value');
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    fail('expected a value');
  };
  const object = () => {
    at++;
    space();
    if (text[at] === '}') {
      at++;
      return;
    }
    for (;;) {
      space();
      if (text[at] !== '"') fail('expected a property name in double quotes');
      string();
      space();
      if (text[at] !== ':') fail('expected ":" after a property name');
      at++;
      value();
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '}') {
        at++;
        return;
      }
      fail('expected "," or "}" after a property value');
    }
  };
  const array = () => {
    at++;
    space();
    if (text[at] === ']') {
      at++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === ']') {
        at++;
        return;
      }
      fail('expected "," or "]" after an array element');
    }
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) at++; // a byte-order mark, as editors on Windows write
    value();
    space();
    if (at < text.length) fail('expected the end of the document');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    const char = text[error.offset];
    const found = error.offset >= text.length ? 'the end of the file' : char === '"' ? `'"'` : JSON.stringify(char);
    return { line, column, message: `${error.expected}, found ${found}` };
  }
}

/**
 * The problem of a text that `JSON.parse` refused: `json-syntax` with the line, column and
 * what was expected. Without a position when the scanner finds none (it follows RFC 8259;
 * an engine refusing valid JSON would be a bug of the engine).
 */
export function jsonSyntaxProblem(text: string): FaqProblem {
  const where = findJsonSyntaxError(text);
  const problem: FaqProblem = { code: 'json-syntax', severity: 'error' };
  return where ? { ...problem, line: where.line, column: where.column, detail: where.message } : problem;
}
