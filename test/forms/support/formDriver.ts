import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The element a component drew for the question at `pointer` (components mark it with `data-field`). */
export function fieldOnPage(pointer: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-field="${pointer}"]`);
  if (element === null) throw new Error(`The question ${pointer} is not on the page.`);
  return element;
}

/** Whether the question at `pointer` is on the page. */
export function isOnPage(pointer: string): boolean {
  return document.querySelector(`[data-field="${pointer}"]`) !== null;
}

/** The boxes of a date (and time) question, as a user types them. */
export interface TypedDate {
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly hour?: string;
  readonly minute?: string;
}

/** Drives the rendered form through its labels and buttons, as a user would. */
export function formDriver(user: UserEvent) {
  return {
    async type(pointer: string, text: string) {
      await user.type(within(fieldOnPage(pointer)).getByRole('textbox'), text);
    },
    async choose(pointer: string, option: string) {
      await user.click(within(fieldOnPage(pointer)).getByLabelText(option));
    },
    async date(pointer: string, date: TypedDate) {
      const scope = within(fieldOnPage(pointer));
      await user.type(scope.getByLabelText('Day'), date.day);
      await user.type(scope.getByLabelText('Month'), date.month);
      await user.type(scope.getByLabelText('Year'), date.year);
      if (date.hour !== undefined) await user.type(scope.getByLabelText(/^Hour/), date.hour);
      if (date.minute !== undefined) await user.type(scope.getByLabelText(/^Minute/), date.minute);
    },
    /** Presses the list's own "Add ..." button (the last one inside it) and returns the new item's pointer. */
    async add(listPointer: string) {
      const list = fieldOnPage(listPointer);
      const before = list.querySelectorAll(':scope > fieldset > fieldset[data-part="item"]').length;
      const buttons = within(list).getAllByRole('button', { name: /^Add / });
      await user.click(buttons[buttons.length - 1]!);
      return `${listPointer}/${before}`;
    },
  };
}
