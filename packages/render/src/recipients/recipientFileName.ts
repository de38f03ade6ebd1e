/** Letters that Unicode does not decompose into a base letter and a mark, spelt in ASCII. */
const ASCII_SPELLING: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
};

const MAX_SLUG_LENGTH = 48;

/**
 * A file name for the copy of the `position`-th recipient (from 1): the position, zero-padded so
 * the files sort in circulation order, then the name in lower-case ASCII (accents dropped, other
 * scripts left out), e.g. `03-jiri-dvorak.pdf`; `03-recipient.pdf` when nothing of the name is
 * ASCII (an Arabic or Chinese name). The position makes every name unique, also for two
 * recipients of the same name, and nothing of a name can make a path: no separator, no dot
 * segment, no control character, never longer than about 60 characters.
 */
export function recipientFileName(name: string, position: number, total: number, extension: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/./gu, (character) => ASCII_SPELLING[character] ?? character)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  const digits = Math.max(2, String(total).length);
  return `${String(position).padStart(digits, '0')}-${slug === '' ? 'recipient' : slug}.${extension}`;
}
