/** @module Extracted text made plain: one kind of line end, no control characters, no runs of blanks, a size cap. */

/** The most characters of text kept from one document. */
export const MAX_TEXT_CHARS = 200_000;

/**
 * Normalizes extracted text: line ends become `\n`, other control characters (C0 but `\n`, DEL, C1) go, runs of
 * spaces and tabs become one space, spaces around line ends go, more than one blank line becomes one, lone surrogates
 * become U+FFFD; trimmed and capped at `maxChars` (never splitting a surrogate pair).
 */
export function normalizeText(text: string, maxChars = MAX_TEXT_CHARS): string {
  let out = text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD')
    .replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[^\P{Cc}\n]/gu, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (out.length > maxChars) {
    const end = /[\ud800-\udbff]/.test(out[maxChars - 1] ?? '') ? maxChars - 1 : maxChars;
    out = out.slice(0, end).trimEnd();
  }
  return out;
}
