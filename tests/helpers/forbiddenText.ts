/** Every code point XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF) and surrogate halves alone. */
export const xmlForbidden: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, code) => code)
    .filter((code) => ![0x09, 0x0a, 0x0d].includes(code))
    .map((code) => String.fromCharCode(code)),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

/** How a test names a character in its messages. */
export const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
