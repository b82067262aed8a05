import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('collapses blanks, unifies line ends and keeps one blank line at most', () => {
    expect(normalizeText('  Jane \t  Doe  \r\n\r\n\r\n\r\nForklift\u00a0\u00a0operator\rx\u2028y  ')).toBe(
      'Jane Doe\n\nForklift operator\nx\ny',
    );
  });

  it('strips control characters but newlines, and mends lone surrogates', () => {
    expect(normalizeText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\n\ud800h')).toBe('abcde\nfg\n\uFFFDh');
  });

  it('keeps markup as text', () => {
    expect(normalizeText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('caps the length without splitting a surrogate pair', () => {
    expect(normalizeText('x'.repeat(MAX_TEXT_CHARS + 10))).toHaveLength(MAX_TEXT_CHARS);
    const text = `${'x'.repeat(9)}😀`;
    expect(normalizeText(text, 10)).toBe('x'.repeat(9));
    expect(normalizeText(text, 11)).toBe(text);
  });
});
