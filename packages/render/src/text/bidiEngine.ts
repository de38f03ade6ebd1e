import bidiImport from 'bidi-js';

type BidiFactory = typeof bidiImport.default;
/** The bidi-js engine (UAX #9). */
export type Bidi = ReturnType<BidiFactory>;
export type EmbeddingLevels = ReturnType<Bidi['getEmbeddingLevels']>;

let engine: Bidi | undefined;

/**
 * The bidi-js engine, made on first use. bidi-js is CommonJS whose declarations describe an ES
 * default export: Node hands the factory itself to a default import, bundlers hand over the module.
 */
export function bidiEngine(): Bidi {
  if (engine === undefined) {
    const factory: BidiFactory =
      typeof bidiImport === 'function' ? (bidiImport as unknown as BidiFactory) : bidiImport.default;
    engine = factory();
  }
  return engine;
}
