import type { Tone } from './compare.ts';

const toneWords: Record<Tone, string> = {
  better: 'better',
  worse: 'worse',
  same: 'about the same',
  neutral: '',
};

/** A difference, B against A: green when B does better, red when worse; the words say it too, for screen readers. */
export function Delta({ text, tone }: { text: string; tone: Tone }) {
  return (
    <span className={`delta delta-${tone}`}>
      {text}
      {toneWords[tone] ? <span className="visually-hidden"> ({toneWords[tone]})</span> : null}
    </span>
  );
}
