/**
 * @module The careers pages' markup: the list with its search form and pager, a posting, and "not found". Every
 * value from the database or the query string goes through `html`, which escapes it.
 */
import { type JobType, jobTypeLabels, jobTypes } from '../../domain/candidate.ts';
import {
  type CareerQuery,
  careersPath,
  isFiltered,
  type Posting,
  type PostingPage,
} from '../../services/public/careers.ts';
import type { PublicFirm } from '../../services/public/firm.ts';
import { type Html, html, jsonScript, layout, paragraphs } from './html.ts';

/** A date (YYYY-MM-DD) as people read it: "March 9, 2026". */
const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** The start of a text, whole words, for a list: at most about `max` characters. */
function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max).trimEnd()}…`;
}

const metaLine = (p: Posting) => [p.location, p.typeLabel, p.pay?.text].filter(Boolean).join(' · ');

function searchForm(q: CareerQuery): Html {
  const option = (t: JobType) =>
    html`<option value="${t}"${q.type === t ? html` selected` : null}>${jobTypeLabels[t]}</option>`;
  return html`<form class="search" method="get" action="/careers" role="search">
<label>Keyword<input type="search" name="q" value="${q.q}" maxlength="100" placeholder="Job title or skill" autocomplete="off"></label>
<label>Location<input type="text" name="location" value="${q.location}" maxlength="60" placeholder="City or postcode"></label>
<label>Type<select name="type"><option value="">Any type</option>${jobTypes.map(option)}</select></label>
<button type="submit">Search</button>
</form>`;
}

function pager(q: CareerQuery, result: PostingPage): Html | null {
  if (result.pages <= 1 && result.page === 1) return null;
  const prev = result.page > 1 ? Math.min(result.page - 1, result.pages) : null;
  const next = result.page < result.pages ? result.page + 1 : null;
  return html`<nav class="pager" aria-label="Pages">
${prev ? html`<a class="button secondary" rel="prev" href="${careersPath(q, prev)}">Previous</a>` : html`<span></span>`}
<span class="muted">Page ${result.page} of ${result.pages}</span>
${next ? html`<a class="button secondary" rel="next" href="${careersPath(q, next)}">Next</a>` : html`<span></span>`}
</nav>`;
}

function emptyState(q: CareerQuery, result: PostingPage): Html {
  if (result.total > 0)
    return html`<div class="empty"><p>There is no page ${result.page}.</p><p><a href="${careersPath(q, 1)}">Back to the first page</a></p></div>`;
  if (isFiltered(q))
    return html`<div class="empty"><p><strong>No jobs match your search.</strong> Try fewer words, another place, or any type.</p>
<p><a href="/careers">See all jobs</a> · <a href="/careers/register">Register with us</a> and our recruiters can find you when a job fits.</p></div>`;
  return html`<div class="empty"><p><strong>There are no open jobs right now.</strong></p>
<p><a href="/careers/register">Register with us</a> and our recruiters can find you when a job fits.</p></div>`;
}

/** The list: search form, matching postings newest first, pager, and the way to register. */
export function listPage(firm: PublicFirm, q: CareerQuery, result: PostingPage, canonical: string): Html {
  const count = result.total === 1 ? '1 job' : `${result.total.toLocaleString('en-US')} jobs`;
  const items = result.postings.map(
    (p) => html`<li><a href="${p.path}"><h2>${p.title}</h2></a>
<p class="meta">${metaLine(p)}</p>${p.description ? html`<p class="excerpt">${excerpt(p.description)}</p>` : null}</li>`,
  );
  const body = html`<h1>Jobs at ${firm.name}</h1>
${searchForm(q)}
${
  result.postings.length > 0
    ? html`<p class="count" aria-live="polite">${count}${isFiltered(q) ? ' match your search' : ' open'}</p>
<ul class="jobs">${items}</ul>
${pager(q, result)}
<p class="callout">Not the job you are looking for? <a href="/careers/register">Register with us</a> and tell us what you want to do.</p>`
    : emptyState(q, result)
}`;
  return layout(firm, isFiltered(q) ? 'Job search' : `Jobs at ${firm.name}`, body, {
    description: `Open jobs at ${firm.name}: search by keyword, place and type, and apply online.`,
    canonical,
    // A search's results are endless variations of the list: crawlers should keep the list and the postings.
    noindex: isFiltered(q),
  });
}

/** One posting: its facts, description and the way to apply, with its `JobPosting` data in the head. */
export function postingPage(firm: PublicFirm, p: Posting, canonical: string, ld: unknown): Html {
  const fact = (label: string, value: string | null | undefined) =>
    value ? html`<dt>${label}</dt><dd>${value}</dd>` : null;
  const body = html`<p><a href="/careers">← All jobs</a></p>
<h1>${p.title}</h1>
<dl class="facts">
${fact('Location', p.location)}
${fact('Type', p.typeLabel)}
${fact('Pay', p.pay?.text)}
${fact('Shift', p.shiftLabel)}
${fact('Starts', p.startDate ? longDate(p.startDate) : null)}
${fact('Ends', p.endDate ? longDate(p.endDate) : null)}
</dl>
<div class="actions"><a class="button" href="${p.applyPath}">Apply</a></div>
${p.description ? html`<section class="description">${paragraphs(p.description)}</section>` : null}
<div class="actions"><a class="button" href="${p.applyPath}">Apply</a><a class="button secondary" href="/careers/register">Register with us</a></div>`;
  return layout(firm, p.title, body, {
    description: excerpt(`${p.title}${p.location ? ` in ${p.location}` : ''}. ${p.description ?? ''}`, 155),
    canonical,
    head: jsonScript(ld),
  });
}

/** What a missing, closed or unpublished posting (or an unknown careers URL) answers: the same page for each. */
export function notFoundPage(firm: PublicFirm | null): Html {
  return layout(
    firm,
    'Job not found',
    html`<h1>This job is not available</h1><p>It may have been filled or taken down, or the link may be mistyped.</p>
<p><a class="button" href="/careers">See the open jobs</a></p>`,
    { noindex: true },
  );
}
