// The part of linebreak 1 (UAX #14 line breaking, ships no type declarations) this package uses.
declare module 'linebreak' {
  export interface Break {
    /** Code-unit index at which the next line may start. */
    readonly position: number;
    /** True for a mandatory break (a line separator in the text). */
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
