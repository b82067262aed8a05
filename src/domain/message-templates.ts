/**
 * @module Message templates: Waypoint's defaults (a firm may change each), the merge fields they may name, and
 * filling one in. Messages are plain text, so a merged value cannot carry markup into anyone's mail client.
 */
import type { MessageChannel, StatusStage, StatusUpdateMode } from './messaging.ts';

export type TemplateAudience = 'candidate' | 'contact' | 'staff';

export interface TemplateDef {
  key: string;
  name: string;
  channel: MessageChannel;
  audience: TemplateAudience;
  subject: string | null;
  body: string;
}

export const mergeFields = [
  { key: 'recipient.firstName', label: "The recipient's first name" },
  { key: 'recipient.fullName', label: "The recipient's full name" },
  { key: 'candidate.firstName', label: "The candidate's first name" },
  { key: 'candidate.lastName', label: "The candidate's last name" },
  { key: 'contact.firstName', label: "The client contact's first name" },
  { key: 'contact.lastName', label: "The client contact's last name" },
  { key: 'client.name', label: 'The client company' },
  { key: 'job.title', label: "The job order's title" },
  { key: 'job.payRate', label: 'Its pay rate, e.g. $18.00/hour' },
  { key: 'job.billRate', label: 'Its bill rate' },
  { key: 'job.startDate', label: 'Its start date, e.g. Monday, December 1, 2026' },
  { key: 'job.location', label: 'Where the job is' },
  { key: 'job.shift', label: 'Its shift' },
  { key: 'recruiter.name', label: 'The sender' },
  { key: 'recruiter.email', label: "The sender's email" },
  { key: 'firm.name', label: 'The firm' },
  { key: 'signature', label: "The sender's signature" },
] as const;
export type MergeKey = (typeof mergeFields)[number]['key'];
export type MergeValues = Partial<Record<MergeKey, string | null>>;

const FIELD = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)?)\s*\}\}/g;

/**
 * Fills a template's merge fields. A field the template names that has no value here stays as written (so the
 * sender sees it) and is reported missing; `{{signature}}` without a signature is dropped with its blank line.
 */
export function fillTemplate(text: string, values: MergeValues): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(FIELD, (whole, key: string) => {
    const value = (values as Record<string, string | null | undefined>)[key];
    if (value !== undefined && value !== null && value !== '') return value;
    if (key === 'signature') return '';
    missing.add(key);
    return whole;
  });
  return { text: filled.replace(/\n{3,}/g, '\n\n').trimEnd(), missing: [...missing] };
}

const signOff = '\n\n{{signature}}';

export const defaultTemplates: readonly TemplateDef[] = [
  {
    key: 'general',
    name: 'Blank email',
    channel: 'email',
    audience: 'candidate',
    subject: '',
    body: `Hi {{recipient.firstName}},\n\n${signOff}`,
  },
  {
    key: 'job_opportunity',
    name: 'Job opportunity',
    channel: 'email',
    audience: 'candidate',
    subject: '{{job.title}}: a job that fits you',
    body: `Hi {{candidate.firstName}},\n\nI have the {{job.title}} position in {{job.location}} that fits your experience. It pays {{job.payRate}} and starts on {{job.startDate}}.\n\nAre you interested? Reply to this email or call me and I will tell you more.${signOff}`,
  },
  {
    key: 'interview_prep',
    name: 'Client interview preparation',
    channel: 'email',
    audience: 'candidate',
    subject: 'Your interview for {{job.title}}',
    body: `Hi {{candidate.firstName}},\n\nGood luck with your interview for the {{job.title}} position. Arrive ten minutes early, bring an ID, and call me afterwards to tell me how it went.${signOff}`,
  },
  {
    key: 'assignment_check_in',
    name: 'Assignment check-in',
    channel: 'email',
    audience: 'candidate',
    subject: 'How is the {{job.title}} assignment going?',
    body: `Hi {{candidate.firstName}},\n\nHow is the assignment going? Reply with anything that would make it better: hours, duties, the commute.${signOff}`,
  },
  {
    key: 'client_follow_up',
    name: 'Client follow-up',
    channel: 'email',
    audience: 'contact',
    subject: 'Following up: {{job.title}}',
    body: `Hi {{contact.firstName}},\n\nI am following up on the {{job.title}} order. Is there anything more we can do for {{client.name}} this month?${signOff}`,
  },
  {
    key: 'sms_check_in',
    name: 'Quick text',
    channel: 'sms',
    audience: 'candidate',
    subject: null,
    body: 'Hi {{recipient.firstName}}, {{recruiter.name}} from {{firm.name}} here. ',
  },
  {
    key: 'status_submitted',
    name: 'Status: submitted to the client',
    channel: 'email',
    audience: 'candidate',
    subject: 'Update: you were put forward for {{job.title}}',
    body: `Hi {{candidate.firstName}},\n\nGood news: we have put you forward for the {{job.title}} position. The client usually answers within a few days, and I will tell you as soon as they do.${signOff}`,
  },
  {
    key: 'status_client_interview',
    name: 'Status: client interview',
    channel: 'email',
    audience: 'candidate',
    subject: 'Update: the client wants to meet you ({{job.title}})',
    body: `Hi {{candidate.firstName}},\n\nThe client would like to interview you for the {{job.title}} position. I will confirm the time with you; reply if some times do not suit you.${signOff}`,
  },
  {
    key: 'status_offered',
    name: 'Status: offered',
    channel: 'email',
    audience: 'candidate',
    subject: 'Update: an offer for {{job.title}}',
    body: `Hi {{candidate.firstName}},\n\nThe client has made you an offer for the {{job.title}} position, at {{job.payRate}}. Call me to talk it through and accept.${signOff}`,
  },
  {
    key: 'status_placed',
    name: 'Status: placed',
    channel: 'email',
    audience: 'candidate',
    subject: 'You start on {{job.startDate}}: {{job.title}}',
    body: `Hi {{candidate.firstName}},\n\nCongratulations: you are placed as {{job.title}}, starting on {{job.startDate}}, at {{job.payRate}}. I will check in with you during your first week.${signOff}`,
  },
  {
    key: 'status_not_selected',
    name: 'Status: not selected',
    channel: 'email',
    audience: 'candidate',
    subject: 'Update on {{job.title}}',
    body: `Hi {{candidate.firstName}},\n\nThe client has decided not to go ahead with you for the {{job.title}} position. I know that is disappointing. I am looking for your next opening and will be in touch.${signOff}`,
  },
  {
    key: 'status_position_filled',
    name: 'Status: job filled by someone else',
    channel: 'email',
    audience: 'candidate',
    subject: 'Update on {{job.title}}',
    body: `Hi {{candidate.firstName}},\n\nThe {{job.title}} position has been filled by another candidate. Thank you for your interest; I am looking for your next opening and will be in touch.${signOff}`,
  },
];

/** Per stage: Waypoint's default mode and template. Offers and disappointments deserve a person's eye first. */
export const defaultStatusRules: Record<StatusStage, { mode: StatusUpdateMode; templateKey: string }> = {
  submitted: { mode: 'auto', templateKey: 'status_submitted' },
  client_interview: { mode: 'auto', templateKey: 'status_client_interview' },
  offered: { mode: 'propose', templateKey: 'status_offered' },
  placed: { mode: 'auto', templateKey: 'status_placed' },
  not_selected: { mode: 'propose', templateKey: 'status_not_selected' },
  position_filled: { mode: 'propose', templateKey: 'status_position_filled' },
};
