import { nameKey } from './text.js';

/**
 * A set of people's or agencies' names that matches the way people retype them: ignoring case,
 * surrounding spaces, and Unicode composition (a precomposed "ł" and "l" with a combining stroke are
 * the same name).
 *
 * Names in a record are nearly always copied between lists verbatim, so each lookup first tries the
 * cheap case-folded key and only Unicode-normalises when that misses: normalisation cost most of the
 * time of the circulation and information rules.
 */
export class NameSet {
  readonly #quick = new Set<string>();
  readonly #names: string[] = [];
  #normalised: Set<string> | undefined;

  add(name: string): void {
    this.#quick.add(quickKey(name));
    this.#names.push(name);
    this.#normalised = undefined;
  }

  has(name: string): boolean {
    if (this.#quick.has(quickKey(name))) return true;
    this.#normalised ??= new Set(this.#names.map(nameKey));
    return this.#normalised.has(nameKey(name));
  }
}

function quickKey(name: string): string {
  return name.trim().toLowerCase();
}
