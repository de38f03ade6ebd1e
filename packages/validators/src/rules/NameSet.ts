import { nameKey } from './text.js';

/**
 * A set of people's or agencies' names that matches the way people retype them: ignoring case,
 * surrounding and repeated spaces, and Unicode composition (a precomposed "é" and "e" followed by a
 * combining acute accent are the same name; NFC normalisation).
 *
 * Names in a record are nearly always copied between lists verbatim, so a lookup first tries the
 * name exactly as written, which allocates nothing; only on a miss does it build case-folded keys, and
 * only when those miss too does it Unicode-normalise. Normalising every name on every record was most
 * of the time of the circulation and information rules.
 */
export class NameSet {
  readonly #written = new Set<string>();
  #folded: Set<string> | undefined;
  #normalised: Set<string> | undefined;

  add(name: string): void {
    this.#written.add(name);
    this.#folded = undefined;
    this.#normalised = undefined;
  }

  has(name: string): boolean {
    if (this.#written.has(name)) return true;
    this.#folded ??= new Set(Array.from(this.#written, foldedKey));
    if (this.#folded.has(foldedKey(name))) return true;
    this.#normalised ??= new Set(Array.from(this.#written, nameKey));
    return this.#normalised.has(nameKey(name));
  }
}

function foldedKey(name: string): string {
  return name.trim().toLowerCase();
}
