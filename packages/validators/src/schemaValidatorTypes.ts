/** One error of a schema validator, in ajv's shape (the fields findings read). */
export interface SchemaValidationError {
  readonly instancePath: string;
  /** Relative to the `$def` being validated, as ajv reports it when each `$def` is its own function. */
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * A validation function in ajv's shape: returns whether the data is valid and leaves its errors on
 * `.errors` (null when valid). Both the generated standalone code and the browser's schema
 * interpreter have this shape.
 */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaValidationError[] | null;
}
