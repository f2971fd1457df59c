import { expect } from '@open-wc/testing';
import { findJsonSyntaxError } from './json-syntax.js';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong where JSON.parse succeeds', () => {
    const valid = ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', 'true', ' null ', '{"a": [1, {"b": false}], "c": "d"}', '\n{\n\t"x": []\n}\n'];
    for (const text of valid) {
      expect(() => void JSON.parse(text), text).not.to.throw();
      expect(findJsonSyntaxError(text), text).to.equal(undefined);
    }
  });

  it('reports every text JSON.parse refuses, at the first wrong character', () => {
    const cases: [string, number, number, string][] = [
      ['', 1, 1, 'expected a value, found the end of the file'],
      ['{"a": 1,}', 1, 9, 'expected a property name in double quotes, found "}"'],
      ['{\n  "a": 1\n  "b": 2\n}', 3, 3, `expected "," or "}" after a property value, found '"'`],
      ["{'a': 1}", 1, 2, `expected a property name in double quotes, found "'"`],
      ['[1, 2,]', 1, 7, 'expected a value, found "]"'],
      ['[1 2]', 1, 4, 'expected "," or "]" after an array element, found "2"'],
      ['{"a" 1}', 1, 6, 'expected ":" after a property name, found "1"'],
      ['{"a": tru}', 1, 10, 'expected "true", found "}"'],
      ['{"a": 01}', 1, 8, 'expected "," or "}" after a property value, found "1"'],
      ['"line\nbreak"', 1, 6, 'expected a closing double quote (line breaks and tabs inside a string must be written \\n and \\t), found "\\n"'],
      ['"\\x"', 1, 3, 'expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after a backslash, found "x"'],
      ['{} {}', 1, 4, 'expected the end of the document, found "{"'],
      ['{"items": [', 1, 12, 'expected a value, found the end of the file'],
    ];
    for (const [text, line, column, message] of cases) {
      expect(() => void JSON.parse(text), text).to.throw(SyntaxError);
      expect(findJsonSyntaxError(text), text).to.deep.equal({ line, column, message });
    }
  });
});
