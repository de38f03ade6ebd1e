/**
 * One position in the record: its field title (`t`), rule id (`r`), the rules of the conditions of the
 * object there by ajv's def-relative schema path (`c`), its properties (`p`) and array items (`i`).
 */
export interface SchemaIndex {
  readonly t?: string;
  readonly r?: string;
  readonly c?: Readonly<Record<string, string>>;
  readonly p?: Readonly<Record<string, SchemaIndex>>;
  readonly i?: SchemaIndex;
}
