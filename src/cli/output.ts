/** @module Printing for the CLI: plain text, aligned, no colour codes when not on a terminal. */

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
export const bold = (s: string) => (useColour ? `\u001b[1m${s}\u001b[22m` : s);
export const dim = (s: string) => (useColour ? `\u001b[2m${s}\u001b[22m` : s);

/** Prints rows as columns padded to their widest cell. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

/** A one-line form of text typed by people (newlines and runs of space collapsed, long text cut). */
export const oneLine = (s: string | null | undefined, max = 90) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
