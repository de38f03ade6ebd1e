// Hostile record texts of a given size, for the validation-scaling bench section and its test
// (test/validators/linearValidation.test.ts): the shapes that once made validation superlinear.
// Each returns JSON text of about `bytes` bytes and the mode it is validated in.

/** `{"actions":[0,0,…]}`: a list of wrong-typed items, far past its maxItems (draft mode, the API's default). */
export function wrongTypedItems(bytes) {
  const count = Math.max(1, Math.floor((bytes - 14) / 2));
  return { mode: 'draft', text: `{"actions":[${new Array(count).fill('0').join(',')}]}` };
}

/** `{"actions":[{"zz":0},…]}`: a list whose every item has an unknown field (draft mode). */
export function unknownFieldInEveryItem(bytes) {
  const count = Math.max(1, Math.floor((bytes - 14) / 9));
  return { mode: 'draft', text: `{"actions":[${new Array(count).fill('{"zz":0}').join(',')}]}` };
}

/** `{"k0":0,"k1":0,…}`: a record with a great many unknown fields (draft mode). */
export function manyUnknownFields(bytes) {
  const parts = [];
  let size = 2;
  for (let i = 0; size < bytes; i += 1) {
    const part = `"k${i}":0`;
    parts.push(part);
    size += part.length + 1;
  }
  return { mode: 'draft', text: `{${parts.join(',')}}` };
}

/** Actions whose text fields are all blank, as long as the size needs (final mode: blank text is missing). */
export function manyBlankFields(bytes) {
  const count = Math.max(1, Math.min(1000, Math.floor(bytes / 120)));
  const blankLength = Math.max(1, Math.floor(bytes / count / 3) - 40);
  const blank = ' '.repeat(blankLength);
  const action = JSON.stringify({ description: blank, owner: { fullName: blank, agency: blank }, dueBy: '2026-03-14' });
  return { mode: 'final', text: `{"actions":[${new Array(count).fill(action).join(',')}]}` };
}

export const SHAPES = { wrongTypedItems, unknownFieldInEveryItem, manyUnknownFields, manyBlankFields };
