/**
 * Text as the inside of a CSS string, with every character other than ASCII letters, digits and
 * spaces written as a CSS hex escape. The result contains no quote, angle bracket, ampersand or
 * equals sign, so Handlebars' HTML escaping leaves it unchanged and it cannot end the string or the
 * `<style>` element it is written into, whatever the record says.
 */
export function cssString(text: string): string {
  let escaped = '';
  for (const character of text) {
    escaped += /^[A-Za-z0-9]$/.test(character)
      ? character
      : `\\${(character.codePointAt(0) ?? 0).toString(16).padStart(6, '0')}`;
  }
  return escaped;
}
