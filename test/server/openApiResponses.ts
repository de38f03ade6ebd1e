import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

type Json = Record<string, unknown>;

/** What a test saw of one HTTP answer: enough to check it against the OpenAPI document. */
export interface SeenResponse {
  readonly method: string;
  /** The path template of the operation, as in the document (`/v1/schemas/{name}`). */
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

/**
 * Checks answers against the service's own OpenAPI document: the operation exists, the status is
 * one it declares, the media type is one the status declares, and a JSON body validates against the
 * declared schema (Ajv 2020-12, formats asserted, the embedded record and profile schemas included).
 */
export function openApiChecker(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi');
  const resolve = (value: Json): Json => {
    const ref = value['$ref'];
    if (typeof ref !== 'string') return value;
    return ref
      .slice(2)
      .split('/')
      .reduce<Json>((node, key) => node[key] as Json, document);
  };
  return (seen: SeenResponse): void => {
    const where = `${seen.method} ${seen.path} → ${seen.status}`;
    const operation = ((document['paths'] as Json)[seen.path] as Json | undefined)?.[seen.method.toLowerCase()] as
      | Json
      | undefined;
    if (operation === undefined && (seen.status === 404 || seen.status === 405)) {
      // No operation to look up (an unknown path or method): the answer is still a problem document.
      expect(seen.contentType).toBe('application/problem+json; charset=utf-8');
      const validate = ajv.getSchema('openapi#/components/schemas/Problem')!;
      expect(validate(JSON.parse(seen.body.toString('utf8'))) ? [] : validate.errors, where).toEqual([]);
      return;
    }
    expect(operation, `${where}: no such operation`).toBeDefined();
    const responses = operation!['responses'] as Json;
    expect(Object.keys(responses), `${where}: status not declared`).toContain(String(seen.status));
    const response = resolve(responses[String(seen.status)] as Json);
    const mediaType = seen.contentType.split(';')[0]!.trim();
    const content = response['content'] as Json | undefined;
    expect(Object.keys(content ?? {}), `${where}: media type not declared`).toContain(mediaType);
    if (mediaType === 'application/pdf') {
      expect(seen.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      return;
    }
    const value = mediaType.endsWith('json') ? JSON.parse(seen.body.toString('utf8')) : seen.body.toString('utf8');
    const pointer = responses[String(seen.status)] as Json;
    const base =
      typeof pointer['$ref'] === 'string'
        ? `openapi${pointer['$ref']}`
        : `openapi#/paths/${seen.path.replaceAll('~', '~0').replaceAll('/', '~1')}/${seen.method.toLowerCase()}/responses/${seen.status}`;
    const validate = ajv.compile({
      $ref: `${base}/content/${mediaType.replaceAll('~', '~0').replaceAll('/', '~1')}/schema`,
    });
    expect(validate(value) ? [] : validate.errors, where).toEqual([]);
  };
}
