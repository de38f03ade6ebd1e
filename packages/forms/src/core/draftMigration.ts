import type { MigrationChange, MigrationResult } from '@strategy-record/schemas/core';
import type { FieldIndex } from './fieldIndex.js';
import { parsePointer } from './jsonPointer.js';

/** One change the migration made to a restored draft, named as the form names the question. */
export interface DraftMigrationChange {
  readonly pointer: string;
  /** The question's label, with the list items around it: "Adult 2: Interpreter needed"; "The record" for the record as a whole. */
  readonly label: string;
  readonly change: MigrationChange['change'];
  /** Why, in a sentence a social worker can read (the migration's own). */
  readonly reason: string;
}

/**
 * What restoring a draft saved under an earlier version of the record changed, for the notice the
 * form shows: the versions, and every change by the label of its question rather than by pointer.
 */
export interface DraftMigration {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly DraftMigrationChange[];
  /** "This draft was saved under version 1.0 of the record." */
  readonly heading: string;
  /** "It has been updated to version 1.1:" followed by the changes. */
  readonly introduction: string;
}

/** The migration of a restored draft in the form's words. */
export function describeDraftMigration(index: FieldIndex, migration: Omit<MigrationResult, 'record'>): DraftMigration {
  return {
    from: migration.from,
    to: migration.to,
    changes: migration.changes.map((change) => ({
      pointer: change.pointer,
      label: questionLabel(index, change.pointer),
      change: change.change,
      reason: change.reason,
    })),
    heading: `This draft was saved under version ${migration.from} of the record.`,
    introduction: `It has been updated to version ${migration.to}:`,
  };
}

/** "Invitee 2: Agency: Name" for `/attendees/1/agency/name`: the titles of the questions around it, as the check-answers page names them. */
function questionLabel(index: FieldIndex, pointer: string): string {
  const segments = pointer === '' ? [] : parsePointer(pointer);
  const parts: string[] = [];
  let field = index.root;
  for (const [position, segment] of segments.entries()) {
    if (field.kind === 'list' && field.items !== undefined && /^\d+$/.test(segment)) {
      field = field.items;
      parts.push(`${field.title} ${Number(segment) + 1}`);
      continue;
    }
    const property = field.properties?.get(segment);
    if (property === undefined) {
      parts.push(segment);
      break;
    }
    field = property;
    // A list is named by its items ("Adult 2"), unless the change is to the list as a whole.
    if (field.kind !== 'list' || position === segments.length - 1) parts.push(field.title);
  }
  return parts.length === 0 ? 'The record' : parts.join(': ');
}
