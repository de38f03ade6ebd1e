/**
 * The DOM id of a field's input: the error summary links to it and labels point at it. Every
 * character outside letters, digits and `_` becomes `-` or an escape, so ids are valid in URLs
 * (`#record-meeting-chair-fullName`) and distinct for distinct pointers of the record schema.
 */
export function fieldIdFor(pointer: string, prefix = 'record'): string {
  return `${prefix}${pointer.replace(/[^A-Za-z0-9_/]/g, (character) => `_${character.codePointAt(0)!.toString(16)}_`).replace(/\//g, '-')}`;
}
