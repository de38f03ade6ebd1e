// Declarations for the generated templates.generated.js (see scripts/precompile-templates.mjs).
import type { TemplateSpecification } from 'handlebars';

export declare const templateSpecs: {
  readonly minutes: TemplateSpecification;
  readonly block: TemplateSpecification;
  readonly keyValues: TemplateSpecification;
  readonly table: TemplateSpecification;
  readonly styles: TemplateSpecification;
};
