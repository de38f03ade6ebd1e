/**
 * The number of Unicode code points in a string: what JSON Schema's `minLength`/`maxLength` count.
 *
 * The same algorithm as ajv's `ajv/dist/runtime/ucs2length` (MIT), as an ES module: ajv ships that
 * helper as CommonJS with an `exports.default`, which Node, Vite and Rolldown import differently.
 * A test checks that both agree on arbitrary strings.
 */
export function ucs2length(text: string): number {
  const length = text.length;
  let count = 0;
  let position = 0;
  while (position < length) {
    count += 1;
    const unit = text.charCodeAt(position++);
    if (unit >= 0xd800 && unit <= 0xdbff && position < length) {
      // A high surrogate followed by a low surrogate is one code point.
      if ((text.charCodeAt(position) & 0xfc00) === 0xdc00) position += 1;
    }
  }
  return count;
}
