import type { Person } from '@strategy-record/schemas';
import { displayText } from '../blocks.js';
import { asObject } from '../recordValues.js';

/** "Name, role, agency" for a professional, leaving out what is missing; undefined when nothing is known. */
export function describePerson(person: Person | undefined): string | undefined {
  if (person === undefined) return undefined;
  const parts = [displayText(person.fullName), displayText(person.role), displayText(asObject(person.agency)?.name)];
  const known = parts.filter((part): part is string => part !== undefined);
  return known.length === 0 ? undefined : known.join(', ');
}
