/**
 * @module The pieces of the public forms: a labelled field with its error (tied by aria-describedby), the summary of
 * errors at the top, the hidden fields that carry the form's key and the visit's source, and the honeypot.
 */
import type { AttributionInput } from '../../domain/attribution.ts';
import { type Html, html } from '../careers/html.ts';

export type Values = Record<string, string | undefined>;
export type Errors = Record<string, string>;

export interface FieldOptions {
  type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  inputmode?: 'numeric' | 'decimal';
  min?: string;
  step?: string;
}

/** One labelled input; its error sits under it and is announced with it. */
export function field(
  name: string,
  label: string,
  values: Values,
  errors: Errors,
  o: FieldOptions = {},
): Html {
  const error = errors[name];
  const described = [o.hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(' ');
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${name}">${label}${o.required ? null : html` <span class="optional">(optional)</span>`}</label>
${o.hint ? html`<p class="hint" id="${name}-hint">${o.hint}</p>` : null}
${error ? html`<p class="error" id="${name}-error">${error}</p>` : null}
<input id="${name}" name="${name}" type="${o.type ?? 'text'}" value="${values[name] ?? ''}"${o.required ? html` required` : null}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : null}${o.inputmode ? html` inputmode="${o.inputmode}"` : null}${o.min ? html` min="${o.min}"` : null}${o.step ? html` step="${o.step}"` : null}${described ? html` aria-describedby="${described}"` : null}${error ? html` aria-invalid="true"` : null}>
</div>`;
}

export function textarea(name: string, label: string, values: Values, errors: Errors, hint?: string): Html {
  const error = errors[name];
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${name}">${label} <span class="optional">(optional)</span></label>
${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : null}
${error ? html`<p class="error" id="${name}-error">${error}</p>` : null}
<textarea id="${name}" name="${name}"${error ? html` aria-invalid="true" aria-describedby="${name}-error"` : null}>${values[name] ?? ''}</textarea>
</div>`;
}

export function select(
  name: string,
  label: string,
  options: readonly { value: string; label: string }[],
  values: Values,
  errors: Errors,
  o: { required?: boolean; blank?: string } = {},
): Html {
  const error = errors[name];
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${name}">${label}${o.required ? null : html` <span class="optional">(optional)</span>`}</label>
${error ? html`<p class="error" id="${name}-error">${error}</p>` : null}
<select id="${name}" name="${name}"${o.required ? html` required` : null}${error ? html` aria-invalid="true" aria-describedby="${name}-error"` : null}>
${o.blank !== undefined ? html`<option value="">${o.blank}</option>` : null}
${options.map((opt) => html`<option value="${opt.value}"${values[name] === opt.value ? html` selected` : null}>${opt.label}</option>`)}
</select>
</div>`;
}

export function checkbox(
  name: string,
  label: Html | string,
  values: Values,
  errors: Errors,
  required = false,
): Html {
  const error = errors[name];
  return html`<div class="field check${error ? ' has-error' : ''}">
${error ? html`<p class="error" id="${name}-error">${error}</p>` : null}
<label><input type="checkbox" name="${name}" value="yes"${values[name] === 'yes' ? html` checked` : null}${required ? html` required` : null}${error ? html` aria-invalid="true" aria-describedby="${name}-error"` : null}> ${label}</label>
</div>`;
}

/** "There is a problem", with a link to each field at fault: the first thing a screen reader hears. */
export function errorSummary(errors: Errors): Html | null {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return html`<div class="error-summary" role="alert" tabindex="-1">
<h2>There is a problem</h2>
<ul>${entries.map(([name, message]) => html`<li><a href="#${name}">${message}</a></li>`)}</ul>
</div>`;
}

const ATTRIBUTION_FIELDS = [
  ['utmSource', 'utm_source'],
  ['utmMedium', 'utm_medium'],
  ['utmCampaign', 'utm_campaign'],
  ['utmTerm', 'utm_term'],
  ['utmContent', 'utm_content'],
  ['referrer', 'referrer'],
  ['landingPath', 'landing_path'],
] as const;

/** The form's key and where the visit came from, as hidden fields; and the honeypot people never see. */
export function hiddenFields(formKey: string, attribution: AttributionInput): Html {
  return html`<input type="hidden" name="formKey" value="${formKey}">
${ATTRIBUTION_FIELDS.map(([key]) => (attribution[key] ? html`<input type="hidden" name="${key}" value="${attribution[key]}">` : null))}
<div class="hp" aria-hidden="true"><label for="website">Leave this empty</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>`;
}

/** The visit's source from a query string's UTM parameters (`utm_source`…), as the form's hidden fields name them. */
export function attributionFromQuery(query: unknown): AttributionInput {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const out: AttributionInput = {};
  for (const [key, param] of ATTRIBUTION_FIELDS) {
    const v = q[param];
    if (typeof v === 'string' && v.trim()) out[key] = v.slice(0, 500);
  }
  return out;
}
