import { createScanner } from 'jsonc-parser';

/** The first syntax error in a JSON text: where it is, and which kind (named as jsonc-parser names them). */
interface JsonSyntaxError {
  readonly offset: number;
  readonly code: string;
}

// jsonc-parser's SyntaxKind and ScanError are `const enum`s, which a bundler cannot inline from a
// declaration file: their values, as the scanner returns them.
const TOKEN = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  null: 7,
  true: 8,
  false: 9,
  string: 10,
  number: 11,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  whitespace: 15,
  unknown: 16,
  eof: 17,
} as const;

const SCAN_ERRORS: readonly string[] = [
  'None',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
];

/** What the parser expects next. */
const enum Expect {
  Value,
  FirstValueOrClose,
  ValueAfterComma,
  FirstKeyOrClose,
  KeyAfterComma,
  Colon,
  CommaOrClose,
}

/**
 * Finds the first syntax error of a JSON text, for a message that names its line and column.
 *
 * Written by hand on jsonc-parser's scanner because every maintained JSON parser that reports
 * positions (jsonc-parser's own `parse` and `visit` included) descends recursively: 5,000 unclosed
 * brackets overflow the stack. Here nesting is an explicit stack, so a 64 MB text of `[`
 * is located in one linear pass. Returns undefined for a text with no syntax error.
 */
function locateJsonError(text: string): JsonSyntaxError | undefined {
  // Trivia is skipped here rather than by the scanner, which would skip comments too.
  const scanner = createScanner(text, false);
  const open: number[] = [];
  let expect: Expect = Expect.Value;
  for (;;) {
    const token: number = scanner.scan();
    if (token === TOKEN.lineBreak || token === TOKEN.whitespace) continue;
    const offset = scanner.getTokenOffset();
    const scanError = scanner.getTokenError();
    if (scanError !== 0) return { offset, code: SCAN_ERRORS[scanError] ?? 'InvalidSymbol' };
    if (token === TOKEN.lineComment || token === TOKEN.blockComment) return { offset, code: 'InvalidCommentToken' };
    if (token === TOKEN.unknown) return { offset, code: 'InvalidSymbol' };
    const container = open.at(-1);
    switch (expect) {
      case Expect.FirstValueOrClose:
      case Expect.Value:
      case Expect.ValueAfterComma:
        if (expect === Expect.FirstValueOrClose && token === TOKEN.closeBracket) {
          open.pop();
          expect = Expect.CommaOrClose;
        } else if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
          open.push(token);
          expect = token === TOKEN.openBrace ? Expect.FirstKeyOrClose : Expect.FirstValueOrClose;
        } else if (isScalar(token)) {
          expect = Expect.CommaOrClose;
        } else {
          return {
            offset,
            code:
              token === TOKEN.eof && container !== undefined && expect === Expect.FirstValueOrClose
                ? closerExpected(container)
                : 'ValueExpected',
          };
        }
        break;
      case Expect.FirstKeyOrClose:
      case Expect.KeyAfterComma:
        if (expect === Expect.FirstKeyOrClose && token === TOKEN.closeBrace) {
          open.pop();
          expect = Expect.CommaOrClose;
        } else if (token === TOKEN.string) {
          expect = Expect.Colon;
        } else {
          return {
            offset,
            code:
              token === TOKEN.eof && expect === Expect.FirstKeyOrClose ? 'CloseBraceExpected' : 'PropertyNameExpected',
          };
        }
        break;
      case Expect.Colon:
        if (token !== TOKEN.colon) return { offset, code: 'ColonExpected' };
        expect = Expect.Value;
        break;
      case Expect.CommaOrClose:
        if (container === undefined) {
          if (token !== TOKEN.eof) return { offset, code: 'EndOfFileExpected' };
          return undefined;
        }
        if (token === TOKEN.comma) {
          expect = container === TOKEN.openBrace ? Expect.KeyAfterComma : Expect.ValueAfterComma;
        } else if (token === (container === TOKEN.openBrace ? TOKEN.closeBrace : TOKEN.closeBracket)) {
          open.pop();
        } else {
          return { offset, code: token === TOKEN.eof ? closerExpected(container) : 'CommaExpected' };
        }
        break;
    }
  }
}

function isScalar(token: number): boolean {
  return (
    token === TOKEN.string ||
    token === TOKEN.number ||
    token === TOKEN.true ||
    token === TOKEN.false ||
    token === TOKEN.null
  );
}

function closerExpected(container: number): string {
  return container === TOKEN.openBrace ? 'CloseBraceExpected' : 'CloseBracketExpected';
}

/**
 * Why a text that JSON.parse refused is not JSON, in words a person can act on, with the line and
 * column of the first syntax error (1-based) when they can be found.
 */
export function describeJsonError(
  text: string,
  cause: unknown,
  what = 'The file',
): { readonly message: string; readonly line?: number; readonly column?: number } {
  const first = locateJsonError(text);
  if (first === undefined) {
    const detail = cause instanceof Error ? cause.message : 'unreadable';
    return { message: `${what} is not valid JSON (${detail.slice(0, 120)}).` };
  }
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < first.offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  const column = first.offset - lineStart + 1;
  return {
    line,
    column,
    message: `${what} is not valid JSON: ${describeParseError(first.code)} at line ${line}, column ${column}.`,
  };
}

function describeParseError(code: string): string {
  const words: Readonly<Record<string, string>> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'badly written number',
    PropertyNameExpected: 'a field name (in double quotes) was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing } was expected',
    CloseBracketExpected: 'a closing ] was expected',
    EndOfFileExpected: 'the record should have ended',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unfinished comment',
    UnexpectedEndOfString: 'unfinished text (a missing closing quote)',
    UnexpectedEndOfNumber: 'unfinished number',
    InvalidUnicode: 'bad \\u escape',
    InvalidEscapeCharacter: 'bad escape after a backslash',
    InvalidCharacter: 'a control character inside text',
  };
  return words[code] ?? code;
}
