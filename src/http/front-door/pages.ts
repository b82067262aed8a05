/**
 * @module The public forms and what answers them: registering, applying for a job, an employer's staffing request,
 * the candidate's status page and asking for a new link to it, the privacy notice. Plain HTML, no script.
 */
import type { AttributionInput } from '../../domain/attribution.ts';
import { howHeardOptions } from '../../domain/attribution.ts';
import { jobTypeLabels, jobTypes, sourceLabels } from '../../domain/candidate.ts';
import { PRIVACY_NOTICE_VERSION } from '../../services/front-door/intake.ts';
import type { StatusPage } from '../../services/front-door/status-page.ts';
import { type Html, html, layout, paragraphs } from '../careers/html.ts';
import {
  checkbox,
  type Errors,
  errorSummary,
  field,
  hiddenFields,
  select,
  textarea,
  type Values,
} from './form-parts.ts';

type Firm = { name: string };

export interface CandidateFormPage {
  firm: Firm;
  /** The job applied for; null: a registration. */
  job: { title: string; path: string; action: string } | null;
  values: Values;
  errors: Errors;
  formKey: string;
  attribution: AttributionInput;
}

/** Registration, or "apply" on a job: the same form, the job named at the top. */
export function candidateFormPage(p: CandidateFormPage): Html {
  const title = p.job ? `Apply: ${p.job.title}` : 'Register with us';
  const { values: v, errors: e } = p;
  const body = html`${p.job ? html`<p><a href="${p.job.path}">← ${p.job.title}</a></p>` : html`<p><a href="/careers">← All jobs</a></p>`}
<h1>${title}</h1>
<p class="muted">${p.job ? 'Tell us about you and send your resume: a recruiter will contact you, usually within one business day.' : 'Register once and our recruiters can match you with jobs as they come in.'}</p>
${errorSummary(e)}
<form method="post" action="${p.job ? p.job.action : '/careers/register'}" enctype="multipart/form-data" novalidate>
${hiddenFields(p.formKey, p.attribution)}
<fieldset><legend>About you</legend>
${field('firstName', 'First name', v, e, { required: true, autocomplete: 'given-name' })}
${field('lastName', 'Last name', v, e, { required: true, autocomplete: 'family-name' })}
${field('email', 'Email', v, e, { type: 'email', required: true, autocomplete: 'email' })}
${field('phone', 'Mobile phone', v, e, { type: 'tel', required: true, autocomplete: 'tel' })}
${field('city', 'Town or city', v, e, { autocomplete: 'address-level2' })}
${field('postcode', 'ZIP code', v, e, { autocomplete: 'postal-code', inputmode: 'numeric' })}
${field('availableFrom', 'Available from', v, e, { type: 'date' })}
</fieldset>
<fieldset><legend>Your resume</legend>
<div class="field${e.resume ? ' has-error' : ''}">
<label for="resume">Resume <span class="optional">(optional: PDF or Word .docx, up to 5 MB)</span></label>
${e.resume ? html`<p class="error" id="resume-error">${e.resume}</p>` : null}
<input id="resume" name="resume" type="file" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"${e.resume ? html` aria-invalid="true" aria-describedby="resume-error"` : null}>
</div>
${textarea('note', p.job ? 'Anything you would like the recruiter to know' : 'What work are you looking for?', v, e)}
</fieldset>
<fieldset><legend>How did you hear about us?</legend>
${select(
  'howHeard',
  'How did you hear about us?',
  howHeardOptions.map((o) => ({
    value: o,
    label: o === 'website' ? 'Search engine or our website' : sourceLabels[o],
  })),
  v,
  e,
  { blank: 'Choose…' },
)}
</fieldset>
<fieldset><legend>Your consent</legend>
${checkbox(
  'privacy',
  html`I have read the <a href="/careers/privacy">privacy notice</a> and agree that ${p.firm.name} keeps my details to find me work and contacts me about it.`,
  v,
  e,
  true,
)}
${checkbox('sms', 'Text me about jobs and my applications too (reply STOP at any time).', v, e)}
</fieldset>
<div class="actions"><button type="submit">${p.job ? 'Send my application' : 'Register'}</button></div>
</form>`;
  return layout(p.firm, title, body, { noindex: true });
}

/** After a registration or an application: what happens now, and where the private link went. */
export function candidateThanksPage(
  firm: Firm,
  o: { firstName: string; email: string; job: string | null; alreadyApplied: boolean },
): Html {
  const title = o.job ? 'Application sent' : 'You are registered';
  const body = html`<h1>${title}</h1>
<div class="callout" role="status">
<p>Thank you, ${o.firstName}. ${o.alreadyApplied ? html`You had already applied for ${o.job}: we have added what you sent to your application.` : o.job ? html`We have your application for ${o.job}.` : 'We have your details.'}</p>
<p>We have emailed a confirmation to <strong>${o.email}</strong> with a private link to a page where you can follow your application, update your availability or add a document.</p>
<p>A recruiter will contact you, usually within one business day.</p>
</div>
<p class="actions"><a class="button secondary" href="/careers">See other jobs</a></p>`;
  return layout(firm, title, body, { noindex: true });
}

const withdrawable = (a: { canWithdraw: boolean }) => a.canWithdraw;

/** The candidate's own page. Flash: what they just did. */
export function statusPageView(
  page: Extract<StatusPage, { state: 'open' }>,
  token: string,
  flash: string | null,
  errors: Errors,
): Html {
  const base = `/careers/status/${token}`;
  const title = 'Your applications';
  const body = html`<h1>Hello ${page.candidate.firstName}</h1>
${flash ? html`<div class="callout" role="status"><p>${flash}</p></div>` : null}
${errorSummary(errors)}
<h2>Your applications</h2>
${
  page.applications.length === 0
    ? html`<div class="empty"><p>You have no applications yet. <a href="/careers">See the open jobs</a>.</p></div>`
    : html`<ul class="jobs">${page.applications.map(
        (a) => html`<li>
<h3>${a.jobTitle}</h3>
<p><strong class="stage stage-${a.status}">${a.label}</strong></p>
<p>${a.next}</p>
${
  a.resources.length > 0
    ? html`<div class="resources"><p><strong>To help you:</strong></p><ul>${a.resources.map(
        (r) =>
          html`<li>${r.url && /^https?:\/\//i.test(r.url) ? html`<a href="${r.url}" rel="noopener noreferrer">${r.title}</a>` : html`<strong>${r.title}</strong>`}${r.body ? paragraphs(r.body) : null}</li>`,
      )}</ul></div>`
    : null
}
${
  withdrawable(a)
    ? html`<form method="post" action="${base}/withdraw" class="inline"><input type="hidden" name="submissionId" value="${a.submissionId}"><button type="submit" class="button secondary">Withdraw from this job</button></form>`
    : null
}
</li>`,
      )}</ul>`
}
<h2>Your availability</h2>
<form method="post" action="${base}/availability" novalidate>
${field('availableFrom', 'I can start work from', { availableFrom: page.candidate.availableFrom ?? '' }, errors, { type: 'date', required: true })}
${textarea('note', 'Anything else we should know', {}, errors)}
<div class="actions"><button type="submit">Update my availability</button></div>
</form>
<h2>Add a document</h2>
<form method="post" action="${base}/documents" enctype="multipart/form-data" novalidate>
<div class="field${errors.document ? ' has-error' : ''}">
<label for="document">A resume, certificate or reference (PDF or Word .docx, up to 5 MB)</label>
${errors.document ? html`<p class="error" id="document-error">${errors.document}</p>` : null}
<input id="document" name="document" type="file" required accept=".pdf,.docx">
</div>
<div class="actions"><button type="submit">Send the document</button></div>
</form>
<p class="muted">This page is private to you: do not share its address. Its link works until ${page.expiresAt.toISOString().slice(0, 10)}; <a href="/careers/status">ask for a new link</a> at any time.</p>`;
  return layout({ name: page.firm.name }, title, body, { noindex: true });
}

export function statusLinkPage(
  firm: Firm,
  o: { sent: boolean; values: Values; errors: Errors; expired?: boolean },
): Html {
  const title = 'Follow your application';
  const body = html`<h1>${title}</h1>
${o.expired ? html`<div class="callout"><p>That link has expired or is not valid any more. Enter your email and we will send you a new one.</p></div>` : null}
${
  o.sent
    ? html`<div class="callout" role="status"><p>If <strong>${o.values.email ?? ''}</strong> is the address you gave us, a new private link is on its way to it. It works for 30 days.</p></div>`
    : html`<p>Enter the email address you applied with and we will send you a private link to your applications.</p>
${errorSummary(o.errors)}
<form method="post" action="/careers/status" novalidate>
${field('email', 'Email', o.values, o.errors, { type: 'email', required: true, autocomplete: 'email' })}
<div class="hp" aria-hidden="true"><label for="website">Leave this empty</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<div class="actions"><button type="submit">Send me a link</button></div>
</form>`
}`;
  return layout(firm, title, body, { noindex: true });
}

export interface StaffingRequestPage {
  firm: Firm;
  values: Values;
  errors: Errors;
  formKey: string;
  attribution: AttributionInput;
}

export function staffingRequestPage(p: StaffingRequestPage): Html {
  const title = 'Request staff';
  const { values: v, errors: e } = p;
  const body = html`<h1>${title}</h1>
<p class="muted">Tell us who you need: an account manager will call you back, usually within two business hours.</p>
${errorSummary(e)}
<form method="post" action="/employers/request" novalidate>
${hiddenFields(p.formKey, p.attribution)}
<fieldset><legend>Your company</legend>
${field('company', 'Company', v, e, { required: true, autocomplete: 'organization' })}
${field('firstName', 'First name', v, e, { required: true, autocomplete: 'given-name' })}
${field('lastName', 'Last name', v, e, { required: true, autocomplete: 'family-name' })}
${field('title', 'Your job title', v, e, { autocomplete: 'organization-title' })}
${field('email', 'Work email', v, e, { type: 'email', required: true, autocomplete: 'email' })}
${field('phone', 'Phone', v, e, { type: 'tel', required: true, autocomplete: 'tel' })}
</fieldset>
<fieldset><legend>The position</legend>
${field('position', 'Position', v, e, { required: true, hint: 'For example: forklift operator, receptionist, CNA' })}
${field('openings', 'How many people', v, e, { type: 'number', required: true, inputmode: 'numeric', min: '1' })}
${select(
  'type',
  'Kind of position',
  jobTypes.map((t) => ({ value: t, label: jobTypeLabels[t] })),
  v,
  e,
  { required: true },
)}
${field('startDate', 'Start date', v, e, { type: 'date' })}
${field('endDate', 'End date', v, e, { type: 'date', hint: 'For temporary work, if you know it' })}
${field('locationLine', 'Work address', v, e, { autocomplete: 'street-address' })}
${field('city', 'Town or city', v, e, { required: true, autocomplete: 'address-level2' })}
${field('postcode', 'ZIP code', v, e, { autocomplete: 'postal-code', inputmode: 'numeric' })}
${field('rateMin', 'Pay rate from ($ per hour)', v, e, { type: 'number', inputmode: 'decimal', step: '0.01', min: '0' })}
${field('rateMax', 'Pay rate to ($ per hour)', v, e, { type: 'number', inputmode: 'decimal', step: '0.01', min: '0' })}
${textarea('notes', 'Anything else', v, e, 'Shifts, skills, certifications, dress code, parking…')}
</fieldset>
<div class="actions"><button type="submit">Send the request</button></div>
</form>`;
  return layout(p.firm, title, body, { noindex: true });
}

export function staffingThanksPage(
  firm: Firm,
  o: { firstName: string; position: string; openings: number },
): Html {
  const title = 'Request received';
  const body = html`<h1>${title}</h1>
<div class="callout" role="status">
<p>Thank you, ${o.firstName}. We have your request for ${o.openings} × ${o.position}.</p>
<p>An account manager will call you back, usually within two business hours. We have emailed you a confirmation.</p>
</div>`;
  return layout(firm, title, body, { noindex: true });
}

export function privacyPage(firm: Firm): Html {
  const title = 'Privacy notice';
  const body = html`<h1>${title}</h1>
<p class="muted">Version ${PRIVACY_NOTICE_VERSION}</p>
<p>${firm.name} is a staffing firm. When you register, apply for a job or ask us for staff, we keep what you tell us (your name, contact details, work preferences, availability and the documents you send) to find you work or staff, and to contact you about it.</p>
<p>Our recruiters and account managers see your details; we share them with an employer only when we put you forward for one of their jobs. We keep a record of every contact we have with you so that we can serve you consistently.</p>
<p>We email you about your applications. We text you only if you asked us to; reply STOP to stop. Every automatic email has a link to stop emails like it.</p>
<p>You can ask us at any time for a copy of what we hold about you, to correct it, or to erase it.</p>`;
  return layout(firm, title, body);
}

export function busyPage(firm: Firm | null): Html {
  return layout(
    firm,
    'Please try again',
    html`<h1>Please try again in a minute</h1><p>We are receiving a lot of forms right now. Nothing was sent: please go back and send the form again in a minute.</p>`,
    { noindex: true },
  );
}

export function tooLargePage(firm: Firm | null, maxBytes: number): Html {
  return layout(
    firm,
    'This is too large',
    html`<h1>This is too large</h1><p>A document can be at most ${maxBytes / 1024 / 1024} MB.</p><p>Please go back and try again.</p>`,
    { noindex: true },
  );
}

export function simpleNotFound(firm: Firm | null): Html {
  return layout(
    firm,
    'Not found',
    html`<h1>This page is not here</h1><p>The job may have been filled or closed. <a href="/careers">See the open jobs</a>.</p>`,
    { noindex: true },
  );
}
