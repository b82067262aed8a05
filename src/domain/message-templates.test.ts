import { describe, expect, it } from 'vitest';
import { defaultStatusRules, defaultTemplates, fillTemplate, mergeFields } from './message-templates.ts';
import { statusStages } from './messaging.ts';

describe('fillTemplate', () => {
  it('fills the fields it has and reports the ones it lacks, leaving them visible', () => {
    const out = fillTemplate('Hi {{candidate.firstName}}, the {{ job.title }} pays {{job.payRate}}.', {
      'candidate.firstName': 'Ana',
      'job.title': 'Picker',
    });
    expect(out.text).toBe('Hi Ana, the Picker pays {{job.payRate}}.');
    expect(out.missing).toEqual(['job.payRate']);
  });

  it('drops a missing signature and the blank lines it leaves', () => {
    expect(fillTemplate('Hi Bo,\n\nSee you.\n\n{{signature}}', {}).text).toBe('Hi Bo,\n\nSee you.');
    expect(fillTemplate('Hi\n\n{{signature}}', { signature: 'Ava\nHarbor' }).text).toBe('Hi\n\nAva\nHarbor');
  });

  it('inserts values as they are: no second round of merging', () => {
    expect(fillTemplate('{{candidate.firstName}}', { 'candidate.firstName': '{{firm.name}}' }).text).toBe(
      '{{firm.name}}',
    );
  });
});

describe('defaults', () => {
  it('name only merge fields that exist, and every stage has a template', () => {
    const known = new Set<string>(mergeFields.map((f) => f.key));
    for (const t of defaultTemplates) {
      for (const [, key] of `${t.subject ?? ''} ${t.body}`.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
        expect(known.has(key!), `${t.key} names ${key}`).toBe(true);
      }
    }
    const keys = new Set(defaultTemplates.map((t) => t.key));
    for (const stage of statusStages) expect(keys.has(defaultStatusRules[stage].templateKey)).toBe(true);
  });
});
