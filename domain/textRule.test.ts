import { codePoint, xmlForbidden } from '../tests/helpers/forbiddenText';
import { inputLimits } from './inputLimits';
import { bytesCapOf, cellCaps, textProblem, xmlSafe } from './textRule';

describe('the text rule for every input', () => {
  const text = { length: inputLimits.textLength };

  it('refuses each character XML cannot hold, with the reason', () => {
    for (const character of xmlForbidden) expect([codePoint(character), textProblem(`a${character}b`, text)]).toEqual([codePoint(character), expect.any(String)]);
    expect(textProblem('a\uFFFEb', text)).toBe('contains U+FFFE, which is not a character');
    expect(textProblem('a\uFFFF', text)).toBe('contains U+FFFF, which is not a character');
    expect(textProblem('a\u001Bb', text)).toBe('contains a control character');
    expect(textProblem('\uDC00', text)).toBe('is not well-formed Unicode text');
  });

  it('keeps tab and line breaks in text, and characters beyond the BMP', () => {
    expect(textProblem('Rad ett\r\nrad\ttvå 💥 \uFFFD', text)).toBeUndefined();
    expect(textProblem('a\tb', { ...text, identifier: true })).toBe('contains a control character');
  });

  it('caps indexed properties in UTF-8 bytes as well as in characters', () => {
    expect(bytesCapOf('name')).toBe(inputLimits.indexedTextBytes);
    expect(bytesCapOf('code')).toBe(inputLimits.indexedTextBytes);
    expect(bytesCapOf('note')).toBeUndefined();
    const half = inputLimits.indexedTextBytes / 2;
    expect(textProblem('é'.repeat(half), cellCaps('name'))).toBeUndefined();
    expect(textProblem('é'.repeat(half + 1), cellCaps('name'))).toBe(
      `is ${inputLimits.indexedTextBytes + 2} bytes of UTF-8; at most ${inputLimits.indexedTextBytes} are allowed, as the database indexes it`,
    );
    expect(textProblem('é'.repeat(half + 1), cellCaps('note'))).toBeUndefined();
    expect(textProblem('a'.repeat(inputLimits.textLength + 1), cellCaps('note'))).toBe(
      `is ${inputLimits.textLength + 1} characters long; at most ${inputLimits.textLength} are allowed`,
    );
  });

  it('xmlSafe drops exactly what XML cannot hold', () => {
    expect(xmlForbidden.map((character) => xmlSafe(`a${character}b`))).toEqual(xmlForbidden.map(() => 'ab'));
    expect(xmlSafe('a\t\n\r💥\uD800\uDFFF')).toBe('a\t\n\r💥\uD800\uDFFF');
  });
});
