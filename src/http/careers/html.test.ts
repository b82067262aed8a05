/** The public pages' HTML helper: what is escaped, what is not, and the JSON-LD data block (no database). */
import { describe, expect, it } from 'vitest';
import { escapeHtml, Html, html, jsonScript, layout, paragraphs, raw } from './html.ts';

describe('html', () => {
  it('escapes every interpolated string and number, in text and in quoted attributes', () => {
    const v = `<img src=x onerror="alert(1)"> & 'x'`;
    expect(html`<p title="${v}">${v}</p>`.toString()).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;x&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;x&#39;</p>',
    );
    expect(html`${42}`.toString()).toBe('42');
  });

  it('inserts nested html and raw() as they are, lists joined, and nothing for null, undefined and booleans', () => {
    const items = ['a<', 'b>'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${raw('<hr>')}${null}${undefined}${false}${true}`.toString()).toBe(
      '<ul><li>a&lt;</li><li>b&gt;</li></ul><hr>',
    );
    expect(html`${[['<', raw('<b>')], '&']}`.toString()).toBe('&lt;<b>&amp;');
  });

  it('refuses an object it cannot write as text (a Date, a plain object)', () => {
    expect(() => html`${new Date() as never}`).toThrow(/cannot interpolate/);
    expect(() => html`${{ toString: () => '<b>' } as never}`).toThrow(/cannot interpolate/);
  });

  it('escapeHtml covers the five characters that matter', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('paragraphs', () => {
  it('keeps paragraphs and line breaks of plain text, escaped', () => {
    expect(paragraphs('One <b>\r\nline two\n\n\n  Para & two  \n').toString()).toBe(
      '<p>One &lt;b&gt;<br>line two</p><p>Para &amp; two</p>',
    );
    expect(paragraphs('  \n\n ').toString()).toBe('');
  });
});

describe('jsonScript', () => {
  it('writes JSON that no text can break out of, and that parses back to the same value', () => {
    const value = { t: '</script><script>alert(1)</script><!-- & \u2028\u2029', n: 1 };
    const out = jsonScript(value).toString();
    const body = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(out)![1]!;
    expect(body).not.toMatch(/[<>&\u2028\u2029]/);
    expect(body).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(body)).toEqual(value);
  });
});

describe('layout', () => {
  it('is a whole page with the firm escaped, the viewport, the stylesheet and the options', () => {
    const page = layout({ name: 'A <b>&</b> B' }, 'Jobs "now"', html`<h1>Hi</h1>`, {
      description: 'All <jobs>',
      canonical: 'https://x.test/careers?a=1&b=2',
      noindex: true,
    });
    expect(page).toBeInstanceOf(Html);
    const s = page.toString();
    expect(s).toMatch(/^<!doctype html>/);
    expect(s).toContain('<title>Jobs &quot;now&quot; · A &lt;b&gt;&amp;&lt;/b&gt; B careers</title>');
    expect(s).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(s).toContain('<meta name="description" content="All &lt;jobs&gt;">');
    expect(s).toContain('<link rel="canonical" href="https://x.test/careers?a=1&amp;b=2">');
    expect(s).toContain('<meta name="robots" content="noindex">');
    expect(s).toMatch(/<link rel="stylesheet" href="\/careers\/style-[0-9a-f]{12}\.css">/);
    expect(s).toContain('<h1>Hi</h1>');
    expect(s).not.toContain('<b>');
  });
});
