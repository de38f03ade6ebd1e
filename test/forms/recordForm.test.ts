import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord, type ComputedDeadline } from '@strategy-record/validators';
import { createRecordForm, DRAFT_FORMAT, type ClearedAnswer } from '@strategy-record/forms';
import { draftRecordArbitrary } from '../support/recordArbitrary.js';

const examplesDir = join(import.meta.dirname, '../../schemas/examples');
const example = (kind: 'final' | 'incomplete', name: string) =>
  JSON.parse(readFileSync(join(examplesDir, kind, `${name}.json`), 'utf8')) as StrategyDiscussionRecord;
const finalExamples = readdirSync(join(examplesDir, 'final')).map((file) => file.replace(/\.json$/, ''));

describe('a new record form', () => {
  it('starts from the schema version and the empty groups a final record needs, clean and untouched', () => {
    const form = createRecordForm({ validate: validateRecord });
    expect(form.getState().record).toEqual({
      schemaVersion: '1.1',
      meeting: { chair: {} },
      otherChildren: {},
      concerns: {},
      riskAnalysis: {},
      familySharing: {},
      signOff: {},
    });
    expect(form.isDirty()).toBe(false);
    expect(form.sections().map((section) => section.status)).toEqual(Array(13).fill('not-started'));
    expect(form.errors()).toEqual([]);
  });

  it('describes each question from the schema: label, hint, kind, required, visible', () => {
    const form = createRecordForm({ validate: validateRecord });
    expect(form.field('/meeting/chair/fullName')).toMatchObject({
      kind: 'shortText',
      label: 'Full name',
      hint: 'First name and surname of the chair.',
      required: true,
      visible: true,
      value: undefined,
    });
    expect(form.field('/meeting/minuteTaker/fullName')).toMatchObject({ required: false, visible: true });
    expect(form.field('/meeting/previousRecordId')).toMatchObject({ required: false, visible: false });
    form.setValue('/meeting/sequence', 'reconvened');
    expect(form.field('/meeting/previousRecordId')).toMatchObject({ required: true, visible: true });
  });
});

describe('getting and setting answers by pointer', () => {
  it('stores answers, removes empty text, and tracks dirty against the start', () => {
    const form = createRecordForm({ validate: validateRecord });
    form.setValue('/meeting/chair/fullName', 'Gareth Pryce');
    expect(form.getValue('/meeting/chair/fullName')).toBe('Gareth Pryce');
    expect(form.field('/meeting/chair/fullName').dirty).toBe(true);
    expect(form.isDirty()).toBe(true);
    form.setValue('/meeting/chair/fullName', '');
    expect(form.getState().record.meeting?.chair).toEqual({});
    expect(form.isDirty()).toBe(false);
  });

  it('does not notify when a change changes nothing', () => {
    const form = createRecordForm({ validate: validateRecord });
    const listener = vi.fn();
    form.subscribe(listener);
    form.setValue('/recordId', 'SD-2026-000187');
    form.setValue('/recordId', 'SD-2026-000187');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['/nothing', 'x', 'has no field'],
    ['/__proto__/polluted', 'x', 'has no field'],
    ['/meeting/chair/fullName', 42, 'cannot hold number'],
    ['/furtherDiscussion/needed', 'yes', 'cannot hold string'],
    ['/attendees', ['Zuzanna'], 'cannot hold a list'],
  ])('refuses to set %s to %j', (pointer, value, message) => {
    const form = createRecordForm({ validate: validateRecord });
    expect(() => form.setValue(pointer, value)).toThrow(message);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads back any text set at any text question of any record', () => {
    const textPointers = [
      '/recordId',
      '/meeting/chair/fullName',
      '/concerns/reason',
      '/riskAnalysis/analysis',
      '/signOff/chairName',
      '/familySharing/sharedBy',
    ];
    fc.assert(
      fc.property(
        draftRecordArbitrary({ maxArrayLength: 2 }),
        fc.constantFrom(...textPointers),
        fc.string({ maxLength: 40 }),
        (record, pointer, text) => {
          const form = createRecordForm({ validate: validateRecord, initial: record });
          form.setValue(pointer, text);
          expect(form.getValue(pointer)).toBe(text === '' ? undefined : text);
          expect(form.field(pointer).value).toBe(text === '' ? undefined : text);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('lists', () => {
  it('adds items with a fresh reference and the groups they require', () => {
    const form = createRecordForm({ validate: validateRecord });
    expect(form.addItem('/attendees')).toEqual({ pointer: '/attendees/0', cleared: [] });
    form.addItem('/attendees', { fullName: 'Ayşe Yılmaz' });
    form.addItem('/actions');
    form.addItem('/decisions');
    expect(form.getState().record.attendees).toEqual([
      { id: 'invitee-1', agency: {} },
      { id: 'invitee-2', fullName: 'Ayşe Yılmaz', agency: {} },
    ]);
    expect(form.getState().record.actions).toEqual([{ id: 'action-1', owner: {} }]);
    expect(form.getState().record.decisions).toEqual([{ medical: {} }]);
  });

  it('moves touched state, raw-input problems and item keys with their items', () => {
    const form = createRecordForm({ validate: validateRecord });
    for (const name of ['Ayşe Yılmaz', 'Liam Ó Súilleabháin', '王秀英']) form.addItem('/attendees', { fullName: name });
    const keys = form.itemKeys('/attendees');
    form.touch('/attendees/2/fullName');
    form.setValue('/attendees/2/email', undefined, { problem: 'Enter an email address in the correct format' });
    form.moveItem('/attendees', 2, 0);
    expect(form.getState().record.attendees?.map((attendee) => attendee.fullName)).toEqual([
      '王秀英',
      'Ayşe Yılmaz',
      'Liam Ó Súilleabháin',
    ]);
    expect(form.itemKeys('/attendees')).toEqual([keys[2], keys[0], keys[1]]);
    expect([...form.getState().touched]).toEqual(['/attendees/0/fullName']);
    expect([...form.getState().inputProblems.keys()]).toEqual(['/attendees/0/email']);
    form.removeItem('/attendees', 0);
    expect(form.itemKeys('/attendees')).toEqual([keys[0], keys[1]]);
    expect(form.getState().touched.size).toBe(0);
    expect(form.getState().inputProblems.size).toBe(0);
  });

  it('stops adding at the schema maximum', () => {
    const form = createRecordForm({ validate: validateRecord });
    for (let i = 0; i < 30; i += 1) form.addItem('/children');
    expect(form.addItem('/children')).toEqual({ pointer: undefined, cleared: [] });
    expect(form.getState().record.children).toHaveLength(30);
  });
});

describe('questions shown and hidden by the schema', () => {
  it('clears hidden answers and reports them to the caller and to onClear listeners', () => {
    const form = createRecordForm({ validate: validateRecord });
    const heard: ClearedAnswer[][] = [];
    form.onClear((cleared) => heard.push([...cleared]));
    form.addItem('/decisions');
    form.setValue('/decisions/0/medical/decision', 'not-required');
    form.setValue('/decisions/0/medical/rationale', 'No injuries or physical health concerns.');
    const result = form.setValue('/decisions/0/medical/decision', 'required');
    const expected = [
      {
        pointer: '/decisions/0/medical/rationale',
        label: 'Reason for the medical decision',
        previous: 'No injuries or physical health concerns.',
        because: '/decisions/0/medical/decision',
      },
    ];
    expect(result.cleared).toEqual(expected);
    expect(heard).toEqual([expected]);
    expect(form.getState().lastCleared).toEqual(expected);
    expect(form.getValue('/decisions/0/medical/rationale')).toBeUndefined();
    expect(form.field('/decisions/0/medical/rationale').visible).toBe(false);
    expect(form.field('/decisions/0/medical/examiner').visible).toBe(true);
  });

  it('keeps the hidden answers of an imported record and lists them, so the caller can tell the user', () => {
    const record = example('final', 'joint-s47-physical-injury');
    const form = createRecordForm({ validate: validateRecord, initial: record });
    expect(form.getValue('/decisions/0/medical/rationale')).toBe(record.decisions![0]!.medical!.rationale);
    expect(form.hiddenAnswers().map((answer) => answer.pointer)).toEqual([
      '/decisions/0/medical/rationale',
      '/decisions/1/medical/rationale',
    ]);
    form.setValue('/decisions/0/medical/examiner', 'Dr Aarav Mehta');
    expect(form.getValue('/decisions/0/medical/rationale')).toBe(record.decisions![0]!.medical!.rationale);
  });

  it('drops the raw-input problem of a question it hides', () => {
    const form = createRecordForm({ validate: validateRecord });
    form.setValue('/furtherDiscussion/needed', true);
    form.setValue('/furtherDiscussion/by', undefined, { problem: 'Further discussion by must be a real date' });
    form.setValue('/furtherDiscussion/needed', false);
    expect(form.getState().inputProblems.size).toBe(0);
  });
});

describe('validation', () => {
  it('shows draft errors once a question is left, and final errors only after submit', () => {
    const form = createRecordForm({ validate: validateRecord });
    form.addItem('/attendees');
    form.setValue('/attendees/0/email', 'not an email');
    expect(form.field('/attendees/0/email').error).toBeUndefined();
    form.touch('/attendees/0/email');
    expect(form.field('/attendees/0/email').error).toMatch(/email/);
    expect(form.field('/meeting/chair/fullName').error).toBeUndefined();
    const result = form.submit();
    expect(result.valid).toBe(false);
    expect(form.field('/meeting/chair/fullName').error).toMatch(/^Enter the full name of the chair\./);
    expect(result.errors[0]).toMatchObject({ pointer: '/recordId' });
    form.setValue('/meeting/chair/fullName', 'Gareth Pryce');
    expect(form.field('/meeting/chair/fullName').error).toBeUndefined();
  });

  it('lists errors in the order the questions are asked, raw-input problems included', () => {
    const form = createRecordForm({ validate: validateRecord });
    form.setValue('/meeting/startedAt', undefined, { problem: 'Started at must be a real date' });
    const errors = form.submit().errors;
    const pointers = errors.map((error) => error.pointer);
    expect(pointers.indexOf('/recordId')).toBeLessThan(pointers.indexOf('/meeting/startedAt'));
    expect(pointers.indexOf('/meeting/startedAt')).toBeLessThan(pointers.indexOf('/meeting/chair/fullName'));
    expect(pointers.indexOf('/meeting/chair/fullName')).toBeLessThan(pointers.indexOf('/attendees'));
    expect(pointers.indexOf('/attendees')).toBeLessThan(pointers.indexOf('/signOff/chairName'));
    expect(errors.find((error) => error.pointer === '/meeting/startedAt')).toEqual({
      pointer: '/meeting/startedAt',
      message: 'Started at must be a real date',
      ruleId: 'input',
    });
  });

  it.each(finalExamples)('accepts the final example %s on submit', (name) => {
    const form = createRecordForm({ validate: validateRecord, initial: example('final', name) });
    expect(form.submit()).toMatchObject({ valid: true, errors: [] });
    expect(
      form.sections().filter((section) => section.status !== 'complete' && section.status !== 'not-started'),
    ).toEqual([]);
  });

  it('refuses to submit while a typed value cannot be read, even if the record is otherwise final', () => {
    const form = createRecordForm({ validate: validateRecord, initial: example('final', 'no-further-action') });
    form.setValue('/furtherDiscussion/needed', false);
    form.setValue('/icpc/targetDate', undefined, { problem: 'ICPC target date must be a real date' });
    expect(form.submit()).toMatchObject({ valid: false, errors: [{ ruleId: 'input', pointer: '/icpc/targetDate' }] });
  });
});

describe('section status', () => {
  it('goes from not started to in progress to complete, and to has errors after a failed submit', () => {
    const form = createRecordForm({ validate: validateRecord });
    const status = () => form.sections().find((section) => section.id === 'risk')!.status;
    expect(status()).toBe('not-started');
    form.setValue('/riskAnalysis/strengths', 'Loving relationships.');
    expect(status()).toBe('in-progress');
    form.submit();
    expect(status()).toBe('has-errors');
    form.setValue('/riskAnalysis/analysis', 'The neglect is cumulative.');
    expect(status()).toBe('complete');
  });

  it('shows a draft error in its section before any submit', () => {
    const form = createRecordForm({ validate: validateRecord });
    form.setValue('/signOff/signedAt', 'yesterday');
    form.touch('/signOff/signedAt');
    expect(form.sections().find((section) => section.id === 'signoff')!.status).toBe('has-errors');
  });
});

describe('deadlines beside the fields', () => {
  it('come from the final report with the profile passed to the validator', () => {
    const form = createRecordForm({
      validate: validateRecord,
      profile: 'lancashire',
      initial: example('final', 'joint-s47-physical-injury'),
    });
    expect(form.field('/decisions/0/s47/seeChild/byWhen').deadline).toMatchObject({ key: 'child-seen', met: true });
    expect(form.field('/icpc/targetDate').deadline).toMatchObject({
      key: 'icpc',
      due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(form.field('/meeting/chair/fullName').deadline).toBeUndefined();
  });

  it('come from an injected calculator when one is given, keeping their identity while unchanged', () => {
    const due: ComputedDeadline = {
      key: 'write-up',
      label: 'Minutes written up',
      due: '2026-03-12T10:00:00Z',
      pointer: '/signOff/writtenUpAt',
    };
    const calculator = vi.fn((record: StrategyDiscussionRecord, profile: string | undefined) =>
      record.meeting?.startedAt === undefined || profile !== 'lancashire' ? [] : [{ ...due }],
    );
    const form = createRecordForm({ validate: validateRecord, profile: 'lancashire', deadlines: calculator });
    expect(form.field('/signOff/writtenUpAt').deadline).toBeUndefined();
    form.setValue('/meeting/startedAt', '2026-03-11T10:00:00Z');
    const first = form.field('/signOff/writtenUpAt').deadline;
    expect(first).toEqual(due);
    form.setValue('/recordId', 'SD-1');
    expect(form.field('/signOff/writtenUpAt').deadline).toBe(first);
  });
});

describe('saving and restoring a draft', () => {
  it('restores exactly what was saved: record, touched questions, submitted state', () => {
    const form = createRecordForm({
      validate: validateRecord,
      initial: example('incomplete', 'medical-consent-not-addressed'),
    });
    form.touch('/meeting/chair/fullName');
    form.setValue('/concerns/history', 'Previous referral in 2019 (Đặng Văn Lâm).');
    form.submit();
    const saved = form.serialiseDraft();
    const restored = createRecordForm({ validate: validateRecord });
    expect(restored.restoreDraft(saved)).toEqual({ ok: true });
    expect(restored.getState().record).toEqual(form.getState().record);
    expect(restored.getState().touched).toEqual(form.getState().touched);
    expect(restored.errors()).toEqual(form.errors());
    expect(restored.serialiseDraft()).toBe(saved);
    expect(restored.isDirty()).toBe(false);
  });

  it('restores any draft record exactly (property)', () => {
    fc.assert(
      fc.property(draftRecordArbitrary({ maxArrayLength: 3 }), (record) => {
        const form = createRecordForm({ validate: validateRecord, initial: record });
        const saved = form.serialiseDraft();
        const restored = createRecordForm({ validate: validateRecord });
        expect(restored.restoreDraft(saved)).toEqual({ ok: true });
        expect(restored.getState().record).toEqual(form.getState().record);
        expect(restored.serialiseDraft()).toBe(saved);
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['__proto__', `{"format":"${DRAFT_FORMAT}","version":1,"record":{"__proto__":{"polluted":true}},"touched":[]}`],
    [
      'constructor',
      `{"format":"${DRAFT_FORMAT}","version":1,"record":{"meeting":{"constructor":{"prototype":{"polluted":true}}}},"touched":[]}`,
    ],
    [
      'an unknown key',
      `{"format":"${DRAFT_FORMAT}","version":1,"record":{"meeting":{"chair":{"fullName":"X","shoeSize":9}}},"touched":[]}`,
    ],
    [
      'a script where a yes/no belongs',
      `{"format":"${DRAFT_FORMAT}","version":1,"record":{"furtherDiscussion":{"needed":"<script>alert(1)</script>"}},"touched":[]}`,
    ],
  ])('refuses a draft with %s and leaves the form as it was', (_case, text) => {
    const form = createRecordForm({ validate: validateRecord, initial: example('final', 's17-assessment-neglect') });
    const before = form.getState();
    const listener = vi.fn();
    form.subscribe(listener);
    expect(form.restoreDraft(text)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ message: expect.any(String) })]),
    });
    expect(form.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
