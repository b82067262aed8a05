/** A status pill; `tone` picks the colour, the text is always the human label. */
export function Badge({ children, tone = 'neutral' }: { children: string; tone?: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
