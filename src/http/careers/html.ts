/**
 * @module Server-rendered HTML for the public pages (careers, and the registration and application forms): an
 * `html` tagged template that escapes every interpolated value unless it is already `Html`, a `raw()` escape hatch
 * for trusted markup, the data block for JSON-LD, the one stylesheet, and the page layout.
 *
 * ```ts
 * const body = html`<h1>${job.title}</h1>${job.description ? html`<p>${job.description}</p>` : null}`;
 * return sendPage(reply, layout(firm, job.title, body, { description: '…', canonical: url }));
 * ```
 *
 * Rules that keep it safe:
 * - Interpolate values, never build markup by string concatenation: a `string` is always escaped, only `Html`
 *   (from `html`…`` or `raw()`) is inserted as is. `raw()` takes only markup written in this code base.
 * - Quote every attribute (`href="${url}"`): the escaping covers `"` and `'`, not unquoted attributes.
 * - Do not put a value from outside into `href`/`src`/`action` unless the code made the URL (an escaped
 *   `javascript:` URL is still a script), and never into `<script>` or `<style>`: use `jsonScript()` for data.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** Markup that is safe to insert as is: made by `html`…`` from escaped parts, or declared trusted by `raw()`. */
export class Html {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

/**
 * What may be interpolated: text (escaped), numbers, `Html` (as is), lists of these (concatenated), and nothing
 * (`null`, `undefined`, `false`, `true` render as nothing, so `${cond && html`…`}` works).
 */
export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]!);

function render(value: Interpolation): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  // A Date or any other object has no one right text: say which, rather than print "[object Object]".
  throw new TypeError(`html: cannot interpolate a value of type ${typeof value}; format it as text first`);
}

/** The tagged template: `html`<p>${text}</p>`` escapes `text`; nested `html` and `raw()` parts go in as they are. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup, inserted unescaped. Only for markup written in this code base, never for anything received. */
export const raw = (markup: string): Html => new Html(markup);

/** Plain text with its paragraphs (blank lines) and line breaks kept: `<p>` per paragraph, `<br>` per line. */
export function paragraphs(text: string): Html {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return html`${blocks.map(
    (b) => html`<p>${b.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>`,
  )}`;
}

/**
 * JSON inside `<script type="application/ld+json">` (a data block, not run, and allowed by the CSP): serialized,
 * then `<`, `>`, `&`, U+2028 and U+2029 written as `\u003c`… so no text in it can close the script element or open a
 * comment. The result is still the same JSON.
 */
export function jsonScript(data: unknown, type = 'application/ld+json'): Html {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return html`<script type="${type}">${raw(json)}</script>`;
}

/**
 * The public pages' one stylesheet, served from a URL named by its hash (so it can be cached for good) rather than
 * inlined: the pages need no `'unsafe-inline'` in the content security policy.
 */
export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f7f8fa}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}
.site{background:#fff;border-bottom:1px solid #e4e7eb}
.site-inner,main,.foot{max-width:46rem;margin:0 auto;padding:0 1rem}
.site-inner{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;min-height:3.5rem;padding-top:.5rem;padding-bottom:.5rem}
.brand{font-weight:700;font-size:1.125rem;color:inherit;text-decoration:none}
main{padding-top:1.5rem;padding-bottom:2rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.25rem;line-height:1.3;margin:0}
.button,button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:.5rem 1.1rem;border:0;border-radius:6px;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.button.secondary{background:#fff;color:#1d4ed8;border:1px solid #1d4ed8}
label{display:block;font-weight:600;font-size:.95rem}
input,select,textarea{display:block;width:100%;min-height:44px;margin-top:.25rem;padding:.5rem .75rem;border:1px solid #9aa5b1;border-radius:6px;background:#fff;color:inherit;font:inherit;font-weight:400}
textarea{min-height:8rem}
.search{display:grid;gap:.75rem;grid-template-columns:1fr;padding:1rem;margin-bottom:1.25rem;background:#fff;border:1px solid #e4e7eb;border-radius:8px}
@media (min-width:40rem){.search{grid-template-columns:2fr 1.5fr 1.2fr auto;align-items:end}}
.count,.muted{color:#52606d}
.jobs{list-style:none;margin:0;padding:0}
.jobs li{margin:0 0 .75rem;padding:1rem;background:#fff;border:1px solid #e4e7eb;border-radius:8px}
.jobs a{text-decoration:none}
.jobs a:hover h2{text-decoration:underline}
.meta{margin:.25rem 0 0;color:#52606d;font-size:.95rem}
.excerpt{margin:.5rem 0 0}
.pager{display:flex;gap:1rem;align-items:center;justify-content:space-between;margin:1.5rem 0}
.empty,.callout{padding:1.25rem;background:#fff;border:1px solid #e4e7eb;border-radius:8px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0 0 1.5rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.description{margin:1.5rem 0;overflow-wrap:anywhere}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.5rem 0}
.foot{padding-bottom:2rem;color:#52606d;font-size:.9rem}
fieldset{margin:0 0 1.5rem;padding:1rem;background:#fff;border:1px solid #e4e7eb;border-radius:8px}
legend{padding:0 .25rem;font-weight:700}
.field{margin:0 0 1rem}
.field:last-child{margin-bottom:0}
.hint,.optional{color:#52606d;font-weight:400;font-size:.9rem;margin:.15rem 0 0}
.error{color:#b42318;font-weight:600;margin:.15rem 0 0}
.has-error input,.has-error select,.has-error textarea{border:2px solid #b42318}
.check label{display:flex;gap:.6rem;align-items:flex-start;font-weight:400}
.check input{width:1.4rem;min-height:1.4rem;height:1.4rem;margin:.15rem 0 0;flex:none}
.error-summary{margin:0 0 1.5rem;padding:1rem 1.25rem;border:3px solid #b42318;border-radius:8px;background:#fff}
.error-summary h2{margin:0 0 .5rem}
.error-summary a{color:#b42318;font-weight:600}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.stage{display:inline-block;padding:.1rem .6rem;border-radius:999px;background:#e7f0ff;color:#1c4fb8}
.stage-placed,.stage-offered{background:#e6f6ec;color:#1e6b3a}
.stage-rejected,.stage-withdrew{background:#f1f3f5;color:#52606d}
.resources ul{padding-left:1.2rem}
form.inline{margin:.5rem 0 0}
`;

/** The stylesheet's URL, versioned by its content. */
export const STYLESHEET_PATH = `/careers/style-${createHash('sha256').update(STYLESHEET).digest('hex').slice(0, 12)}.css`;

export interface LayoutOptions {
  /** The page's summary for search results (`<meta name="description">`). */
  description?: string | undefined;
  /** The page's absolute URL without paging noise (`<link rel="canonical">`). */
  canonical?: string | undefined;
  /** `noindex` for pages search engines should not keep (a search's results, a form's answer). */
  noindex?: boolean | undefined;
  /** More of the head: trusted markup such as `jsonScript()`. */
  head?: Html | undefined;
}

/** A whole page: the firm's name at the top with the way to register, then `body`. `firm` null: a neutral page. */
export function layout(
  firm: { name: string } | null,
  title: string,
  body: Html,
  options: LayoutOptions = {},
): Html {
  const brand = firm ? `${firm.name} careers` : 'Careers';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title === brand ? title : `${title} · ${brand}`}</title>
${options.description ? html`<meta name="description" content="${options.description}">\n` : null}${options.canonical ? html`<link rel="canonical" href="${options.canonical}">\n` : null}${options.noindex ? html`<meta name="robots" content="noindex">\n` : null}<link rel="stylesheet" href="${STYLESHEET_PATH}">
${options.head ?? null}
</head>
<body>
<header class="site"><div class="site-inner"><a class="brand" href="/careers">${brand}</a><a class="button secondary" href="/careers/register">Register with us</a></div></header>
<main>
${body}
</main>
<footer class="foot"><p>${firm ? html`© ${firm.name}` : null}</p></footer>
</body>
</html>
`;
}

export interface SendPageOptions {
  status?: number;
  /**
   * `public`: the same for everyone and no personal data (listings), `Cache-Control: public, max-age=60`.
   * `private`: anything about a person or a form's answer, `Cache-Control: no-store`.
   */
  cache?: 'public' | 'private';
}

/** `Cache-Control` of what is the same for everyone and holds no personal data: shared caches may keep it a minute. */
export const PUBLIC_CACHE = 'public, max-age=60';

/** Sends a page as `text/html; charset=utf-8`. */
export function sendPage(
  reply: FastifyReply,
  page: Html,
  { status = 200, cache = 'public' }: SendPageOptions = {},
) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', cache === 'public' ? PUBLIC_CACHE : 'no-store')
    .send(page.toString());
}
