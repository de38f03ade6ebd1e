import type Handlebars from 'handlebars';
import runtimeModule from 'handlebars/runtime.js';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import { cssString } from './cssString.js';
import type { HtmlTemplateParts } from './htmlTemplateParts.js';
import { templateSpecs } from './templates.generated.js';

/** A web font handed to the HTML as a `data:` URL (TrueType bytes, base64 without padding). */
export interface HtmlFontFace {
  readonly family: string;
  readonly weight: 'normal' | 'bold';
  readonly base64: string;
  /** CSS `unicode-range`, so that the face draws only its own script. */
  readonly unicodeRange: string;
}

/** What the `minutes` template is given: optional parts present as null (the templates are strict). */
interface MinutesTemplateContext extends Omit<MinutesDocument, 'sections'> {
  readonly fontFaces: readonly HtmlFontFace[];
  readonly sections: readonly (Omit<MinutesDocument['sections'][number], 'introduction'> & {
    readonly introduction: string | null;
  })[];
  readonly template: HtmlTemplateParts;
}

type MinutesTemplate = (context: MinutesTemplateContext) => string;

// handlebars/runtime.js is the runtime-only build (CommonJS); its declaration file names no export.
const HandlebarsRuntime = runtimeModule as unknown as typeof Handlebars;

let compiled: MinutesTemplate | undefined;

/**
 * The minutes template on an isolated Handlebars runtime (no compiler: the templates were
 * precompiled at build time with `strict` and `knownHelpersOnly`). No prototype-access option is
 * set, so templates can read only a value's own properties.
 */
export function minutesTemplate(): MinutesTemplate {
  if (compiled === undefined) {
    const runtime = HandlebarsRuntime.create();
    runtime.registerHelper('eq', (left: unknown, right: unknown) => left === right);
    runtime.registerHelper('cssString', (text: unknown) => cssString(String(text)));
    // A key-value pair's value is text or a list of values (ValueList).
    runtime.registerHelper('isList', (value: unknown) => Array.isArray(value));
    runtime.registerHelper('percent', (weight: unknown, columns: unknown) => {
      const total = Array.isArray(columns)
        ? columns.reduce((sum: number, column: { weight?: unknown }) => sum + Number(column.weight), 0)
        : 0;
      return total > 0 ? ((100 * Number(weight)) / total).toFixed(2) : '0';
    });
    runtime.registerPartial('block', runtime.template(templateSpecs.block));
    runtime.registerPartial('keyValues', runtime.template(templateSpecs.keyValues));
    runtime.registerPartial('table', runtime.template(templateSpecs.table));
    runtime.registerPartial('styles', runtime.template(templateSpecs.styles));
    const template = runtime.template<MinutesTemplateContext>(templateSpecs.minutes);
    compiled = (context) => template(context);
  }
  return compiled;
}
