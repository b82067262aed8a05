import { describe, expect, it } from 'vitest';
import { saveJourneyDefinitionRequest } from '../../../contract/index.ts';
import {
  addStage,
  builtInRow,
  type DefinitionForm,
  formOf,
  keyFromLabel,
  keyProblem,
  missingBuiltIns,
  moveItem,
  removeActivity,
  removeStage,
  stageCandidates,
} from './definition-editor.ts';

const form: DefinitionForm = {
  basedOn: 3,
  activities: [
    { key: 'registered', label: 'Registered', stallDays: 3, terminal: false },
    { key: 'screened', label: 'Screened', stallDays: 7, terminal: false },
    { key: 'reference_check', label: 'Reference check', stallDays: 5, terminal: false },
    { key: 'placed', label: 'Placed', stallDays: 7, terminal: false },
    { key: 'withdrew', label: 'Withdrew', stallDays: null, terminal: true },
  ],
  stages: ['registered', 'screened', 'placed'],
};

describe('reordering stages', () => {
  it('moves a stage up and down', () => {
    expect(moveItem(form.stages, 2, -1)).toEqual(['registered', 'placed', 'screened']);
    expect(moveItem(form.stages, 0, 1)).toEqual(['screened', 'registered', 'placed']);
  });
  it('leaves the list alone past either end, and never changes the original', () => {
    expect(moveItem(form.stages, 0, -1)).toEqual(form.stages);
    expect(moveItem(form.stages, 2, 1)).toEqual(form.stages);
    expect(moveItem(form.stages, 7, -1)).toEqual(form.stages);
    expect(form.stages).toEqual(['registered', 'screened', 'placed']);
  });
  it('adds a stage at the end once, and removes one by position', () => {
    expect(addStage(form.stages, 'reference_check')).toEqual([...form.stages, 'reference_check']);
    expect(addStage(form.stages, 'screened')).toEqual(form.stages);
    expect(removeStage(form.stages, 1)).toEqual(['registered', 'placed']);
  });
  it('offers as stages the activities that are not stages yet', () => {
    expect(stageCandidates(form).map((a) => a.key)).toEqual(['reference_check', 'withdrew']);
  });
});

describe('activities', () => {
  it('takes an activity left out of the definition out of the funnel too', () => {
    const next = removeActivity(form, 1);
    expect(next.activities.map((a) => a.key)).not.toContain('screened');
    expect(next.stages).toEqual(['registered', 'placed']);
    expect(next.basedOn).toBe(3);
  });
  it('offers the built-in activities the definition leaves out, with their shipped settings', () => {
    const missing = missingBuiltIns('candidate', form).map((a) => a.key);
    expect(missing).toContain('interviewed');
    expect(missing).toContain('contacted');
    expect(missing).not.toContain('registered');
    expect(missing).not.toContain('reference_check');
    expect(builtInRow('candidate', 'interviewed')).toEqual({
      key: 'interviewed',
      label: 'Interviewed',
      stallDays: 7,
      terminal: false,
    });
    expect(builtInRow('client', 'lapsed')).toMatchObject({ stallDays: null, terminal: true });
    expect(builtInRow('candidate', 'contacted')).toMatchObject({ label: 'Contacted', stallDays: null });
  });
  it('checks a new key: lower_snake_case, not taken, not a built-in one', () => {
    expect(keyProblem('candidate', 'drug_test', form)).toBeNull();
    expect(keyProblem('candidate', 'Drug test', form)).toMatch(/lower_snake_case/);
    expect(keyProblem('candidate', 'x', form)).toMatch(/lower_snake_case/);
    expect(keyProblem('candidate', 'reference_check', form)).toMatch(/Already/);
    expect(keyProblem('candidate', 'interviewed', form)).toMatch(/built-in/);
    expect(keyProblem('candidate', '', form)).toBe('Enter a key');
  });
  it('suggests a key from a label', () => {
    expect(keyFromLabel('Reference check')).toBe('reference_check');
    expect(keyFromLabel('  Drug-test (pre-placement) ')).toBe('drug_test_pre_placement');
    expect(keyFromLabel('1st call')).toBe('a_1st_call');
  });
});

describe('formOf', () => {
  it('is a request the contract accepts, based on the loaded version', () => {
    const values = formOf({
      type: 'candidate',
      version: 4,
      activities: form.activities.map((a) => ({ ...a, builtIn: a.key !== 'reference_check' })),
      stages: form.stages,
      editedBy: { id: '0b6f3c1e-5d0a-4c57-9d37-2f1c6f4e8a10', name: 'Avery Admin' },
      editedAt: '2026-03-01T10:00:00Z',
    });
    expect(values.basedOn).toBe(4);
    expect(saveJourneyDefinitionRequest.safeParse(values).success).toBe(true);
  });
});
