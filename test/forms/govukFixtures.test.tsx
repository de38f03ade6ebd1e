// @vitest-environment jsdom
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { createRecordForm } from '@strategy-record/forms';
import {
  CheckAnswers,
  DraftMigrationNotice,
  ErrorSummary,
  FORM_PARTS,
  Field,
  RadioGroup,
  RecordFormProvider,
  TaskList,
  type RecordForm,
} from '@strategy-record/forms/react';
import { govukClassNames } from '@strategy-record/forms/govuk';
import govukFrontendPackage from 'govuk-frontend/package.json' with { type: 'json' };
import { markupShape, type ShapeOptions } from './support/markupShape.js';

const componentsDir = join(
  dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')),
  'dist/govuk/components',
);
const filled = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/filledThroughTheForm.json'), 'utf8'));

afterEach(cleanup);

/** The root element of one of govuk-frontend's own fixtures (the markup its Nunjucks macro makes). */
function fixture(component: string, name: string): Element {
  const { fixtures } = JSON.parse(readFileSync(join(componentsDir, component, 'fixtures.json'), 'utf8')) as {
    fixtures: { name: string; html: string }[];
  };
  const found = fixtures.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`govuk-frontend has no "${name}" fixture for ${component}.`);
  const template = document.createElement('template');
  template.innerHTML = found.html;
  return template.content.firstElementChild!;
}

/** An empty record after a failed submit, so required questions show their errors. */
function submittedEmpty(): RecordForm {
  const form = createRecordForm({ validate: validateRecord });
  form.addItem('/children');
  form.submit();
  return form;
}

function drawn(form: RecordForm, content: ReactNode): HTMLElement {
  const { container } = render(
    <RecordFormProvider form={form} classNames={govukClassNames}>
      {content}
    </RecordFormProvider>,
  );
  return container;
}

// govuk-frontend renders every conditional and hides the unchosen ones with its JavaScript; the
// components render a conditional only while its option is chosen, so the hidden ones are dropped.
// What a conditional holds is the host's (here other questions), so its content is not compared.
// The notification banner's fixture lists links; the draft notice lists sentences, so links are left out.
const conditionals: ShapeOptions = {
  drop: (element) =>
    element.classList.contains('govuk-radios__conditional--hidden') ||
    element.classList.contains('govuk-notification-banner__link'),
  opaque: (element) => element.classList.contains('govuk-radios__conditional'),
};

interface Case {
  readonly covers: string;
  readonly fixture: readonly [component: string, name: string];
  /** Picks the compared part of the fixture (default: its root). */
  readonly inFixture?: (root: Element) => Element;
  readonly draw: () => Element;
}

const cases: readonly Case[] = [
  {
    covers: 'form group with error, label, hint, error message and text input',
    fixture: ['input', 'with error and hint'],
    draw: () => drawn(submittedEmpty(), <Field pointer="/meeting/chair/fullName" />).firstElementChild!,
  },
  {
    covers: 'textarea',
    fixture: ['textarea', 'with hint and error message'],
    draw: () => drawn(submittedEmpty(), <Field pointer="/concerns/reason" />).firstElementChild!,
  },
  {
    covers: 'date input in a fieldset with legend, hint and error',
    fixture: ['date-input', 'with error message and hint'],
    draw: () => drawn(submittedEmpty(), <Field pointer="/children/0/dateOfBirth" />).firstElementChild!,
  },
  {
    covers: 'radios',
    fixture: ['radios', 'with hint and error message'],
    draw: () => drawn(submittedEmpty(), <Field pointer="/meeting/kind" />).firstElementChild!,
  },
  {
    covers: 'checkboxes',
    fixture: ['checkboxes', 'with error message and hint'],
    draw: () => drawn(submittedEmpty(), <Field pointer="/concerns/categories" />).firstElementChild!,
  },
  {
    covers: 'radios with a conditional reveal',
    fixture: ['radios', 'with conditional item checked'],
    inFixture: (root) => root.querySelector('.govuk-radios')!,
    draw: () => {
      const form = createRecordForm({ validate: validateRecord });
      const [first] = form.field('/meeting/sequence').options!;
      form.setValue('/meeting/sequence', first!.value);
      const container = drawn(
        form,
        <RadioGroup pointer="/meeting/sequence" conditional={{ [String(first!.value)]: <p>Revealed</p> }} />,
      );
      return container.querySelector('[data-part="options"]')!;
    },
  },
  {
    covers: 'error summary',
    fixture: ['error-summary', 'default'],
    draw: () => drawn(submittedEmpty(), <ErrorSummary />).firstElementChild!,
  },
  {
    covers: 'notification banner telling what restoring a 1.0 draft changed',
    fixture: ['notification-banner', 'with text as html'],
    draw: () => {
      const form = createRecordForm({ validate: validateRecord });
      const restored = form.restoreDraft(JSON.stringify({ ...filled, schemaVersion: '1.0' }));
      if (!restored.ok || restored.migration === undefined) throw new Error('The 1.0 draft was not migrated.');
      return drawn(form, <DraftMigrationNotice />).firstElementChild!;
    },
  },
  {
    covers: 'task list (completed as text, the rest as tags)',
    fixture: ['task-list', 'default'],
    draw: () => drawn(createRecordForm({ validate: validateRecord, initial: filled }), <TaskList />).firstElementChild!,
  },
  {
    covers: 'summary list row with a change link',
    fixture: ['summary-list', 'with actions'],
    inFixture: (root) => root.querySelectorAll('.govuk-summary-list__row')[1]!,
    draw: () =>
      drawn(createRecordForm({ validate: validateRecord, initial: filled }), <CheckAnswers />).querySelector(
        '[data-part="row"]',
      )!,
  },
];

describe('the GOV.UK Frontend preset', () => {
  it('is compared with the fixtures of the govuk-frontend release it targets', () => {
    expect(govukFrontendPackage.version).toBe('6.6.0');
  });

  it.each(cases)('draws govuk-frontend 6 markup: $covers', ({ fixture: [component, name], inFixture, draw }) => {
    const expected = (inFixture ?? ((root: Element) => root))(fixture(component, name));
    expect(markupShape(draw(), conditionals)).toEqual(markupShape(expected, conditionals));
  });

  // The comparison can fail: each wrong copy of a fixture differs from the right one.
  const input = () => fixture('input', 'with error and hint');
  const wrong: readonly [string, (root: Element) => void][] = [
    ['a class missing', (root) => root.querySelector('input')!.classList.remove('govuk-input--error')],
    ['hint and error swapped', (root) => root.insertBefore(root.children[2]!, root.children[1]!)],
    [
      'aria-describedby without the error',
      (root) => root.querySelector('input')!.setAttribute('aria-describedby', root.children[1]!.id),
    ],
    ['a label for another element', (root) => root.querySelector('label')!.setAttribute('for', root.children[1]!.id)],
    ['a different element', (root) => root.replaceChild(document.createElement('span'), root.children[1]!)],
  ];
  it.each(wrong)('tells markup with %s from the fixture', (_, spoil) => {
    const spoilt = input().cloneNode(true) as Element;
    spoil(spoilt);
    expect(markupShape(spoilt)).not.toEqual(markupShape(input()));
  });

  it('gives a class to every part but the check-answers container', () => {
    expect(FORM_PARTS.filter((part) => !(part in govukClassNames))).toEqual(['check-answers']);
  });
});
