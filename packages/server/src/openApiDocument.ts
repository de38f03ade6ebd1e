import { recordSchema } from '@strategy-record/schemas';
import profileSchema from '@strategy-record/schemas/profile.schema.json' with { type: 'json' };
import templateSchema from '@strategy-record/schemas/template.schema.json' with { type: 'json' };
import { bundledProfiles, ruleCatalogue, SECTIONS } from '@strategy-record/validators';
import { PROBLEMS, problemType, type ProblemKind } from './problem.js';
import { AUDIENCES, MODES, SERVICE_ENGINES, TEMPLATE_IDS } from './requestOptions.js';

/** The schemas `GET /v1/schemas/{name}` serves, by name: the files of `@strategy-record/schemas` themselves. */
export const PUBLISHED_SCHEMAS = { record: recordSchema, profile: profileSchema, template: templateSchema } as const;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** Error answers by status, each an RFC 9457 problem; the description lists the kinds of problem with that status. */
const ERROR_RESPONSES: Record<string, ReturnType<typeof problemResponse>> = Object.fromEntries(
  [...new Set(Object.values(PROBLEMS).map(({ status }) => status))].map((status) => [
    String(status),
    problemResponse(
      Object.values(PROBLEMS)
        .filter((problem) => problem.status === status)
        .map((problem) => problem.title)
        .join('; '),
    ),
  ]),
);
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/Problem${status}` }]));
const ALWAYS = [401, 403, 404, 405, 413, 500];

const profileOption = {
  description:
    'The local procedure whose timescales apply: a bundled profile id (GET /v1/profiles) or a profile document. Default: the profile the record names, else the national default.',
  oneOf: [{ type: 'string', enum: Object.keys(bundledProfiles) }, ref('Profile')],
};
const recordField = {
  description:
    'The record. Any JSON value is accepted and answered (a record that does not follow the Record schema is reported on, or drawn as DRAFT minutes); see #/components/schemas/Record for its shape.',
};

/**
 * The service's OpenAPI 3.1 document. The record and profile schemas are embedded as they are
 * published (their `$id` keeps their internal references working), and the enumerations (rule ids,
 * sections, modes, audiences, engines, bundled profiles, problem kinds) are read from the registries
 * that define them, so the document cannot drift from the code.
 */
export function buildOpenApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'strategy-record service',
      version,
      description:
        'Validates records of child protection strategy discussions (England) and writes their minutes. Stateless: run as many copies as needed behind a load balancer.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    security: [{ apiKey: [] }],
    paths: {
      '/v1/validate': {
        post: {
          operationId: 'validateRecord',
          summary: 'Validate a record: the same report as the library and the command line',
          requestBody: { required: true, content: json(ref('ValidateRequest')) },
          responses: {
            '200': { description: 'The validation report (valid or not)', content: json(ref('ValidationReport')) },
            ...errors(400, 415, 503, ...ALWAYS),
          },
        },
      },
      '/v1/minutes': {
        post: {
          operationId: 'writeMinutes',
          summary: 'Write the minutes of a record as PDF or HTML',
          requestBody: { required: true, content: json(ref('MinutesRequest')) },
          responses: {
            '200': {
              description:
                'The minutes. A record that does not pass final validation is written as a DRAFT copy, marked on every page.',
              headers: {
                'x-minutes-status': {
                  description: 'final, or draft when the record does not pass final validation',
                  schema: { type: 'string', enum: ['final', 'draft'] },
                },
              },
              content: {
                'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
                'text/html': { schema: { type: 'string', contentMediaType: 'text/html' } },
              },
            },
            ...errors(400, 415, 422, 503, 504, ...ALWAYS),
          },
        },
      },
      '/v1/rules': {
        get: {
          operationId: 'listRules',
          summary: 'The rule catalogue',
          responses: {
            '200': { description: 'Every rule', content: json({ type: 'array', items: ref('Rule') }) },
            ...errors(...ALWAYS),
          },
        },
      },
      '/v1/profiles': {
        get: {
          operationId: 'listProfiles',
          summary: 'The bundled local procedure profiles, as documents',
          responses: {
            '200': { description: 'Every bundled profile', content: json({ type: 'array', items: ref('Profile') }) },
            ...errors(...ALWAYS),
          },
        },
      },
      '/v1/templates': {
        get: {
          operationId: 'listTemplates',
          summary: 'The minutes templates a request may name by id: the default minutes and the bundled ones',
          responses: {
            '200': {
              description: 'Every template, by id',
              content: json({ type: 'array', items: ref('TemplateSummary') }),
            },
            ...errors(...ALWAYS),
          },
        },
      },
      '/v1/templates/{id}': {
        get: {
          operationId: 'getTemplate',
          summary: "A template as its document, to start an authority's own from",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', enum: TEMPLATE_IDS } }],
          responses: {
            '200': { description: 'The template document', content: json(ref('Template')) },
            ...errors(...ALWAYS),
          },
        },
      },
      '/v1/schemas/{name}': {
        get: {
          operationId: 'getSchema',
          summary: 'A published JSON Schema (draft 2020-12)',
          parameters: [
            {
              name: 'name',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: Object.keys(PUBLISHED_SCHEMAS) },
            },
          ],
          responses: {
            '200': {
              description: 'The schema',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            ...errors(...ALWAYS),
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          security: [],
          responses: {
            '200': { description: 'The OpenAPI document', content: json({ type: 'object' }) },
            ...errors(404, 405, 500),
          },
        },
      },
      '/livez': {
        get: {
          operationId: 'live',
          summary: 'The process is running',
          security: [],
          responses: { '200': { description: 'Alive', content: json(ref('Health')) }, ...errors(405) },
        },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'The service takes requests (503 while it shuts down)',
          security: [],
          responses: { '200': { description: 'Ready', content: json(ref('Health')) }, ...errors(405, 503) },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key the service was started with' },
      },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([status, response]) => [`Problem${status}`, response]),
      ),
      schemas: {
        Record: recordSchema,
        Profile: profileSchema,
        Template: templateSchema,
        TemplateSummary: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name'],
          properties: {
            id: { type: 'string', enum: TEMPLATE_IDS },
            name: { type: 'string' },
            description: { type: 'string' },
          },
        },
        ValidateRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['record'],
          properties: {
            record: recordField,
            mode: {
              type: 'string',
              enum: MODES,
              default: 'final',
              description: 'draft checks only what is filled in; final also checks completeness',
            },
            profile: profileOption,
          },
        },
        MinutesRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['record'],
          properties: {
            record: recordField,
            audience: {
              type: 'string',
              enum: AUDIENCES,
              default: 'professionals',
              description: 'family: only what is marked for the family',
            },
            engine: {
              type: 'string',
              enum: SERVICE_ENGINES,
              default: 'pdfmake',
              description: 'pdfmake writes a PDF; html an HTML print view',
            },
            profile: profileOption,
            template: {
              description:
                "The minutes template: a template id (GET /v1/templates) or an authority's template document. Default: the default minutes.",
              oneOf: [{ type: 'string', enum: TEMPLATE_IDS }, ref('Template')],
            },
            templateLogo: {
              type: 'string',
              contentEncoding: 'base64',
              description:
                'The logo a template document names (identity.logo.path), as the PNG or JPEG file in base64: the service reads no file.',
            },
          },
        },
        ValidationReport: {
          type: 'object',
          additionalProperties: false,
          required: ['valid', 'mode', 'errorCount', 'warningCount', 'findings', 'deadlines'],
          properties: {
            valid: { type: 'boolean', description: 'false exactly when a finding is an error' },
            mode: { type: 'string', enum: MODES },
            profileId: { type: 'string' },
            errorCount: { type: 'integer', minimum: 0 },
            warningCount: { type: 'integer', minimum: 0 },
            findings: { type: 'array', items: ref('Finding') },
            deadlines: { type: 'array', items: ref('Deadline') },
          },
        },
        Finding: {
          type: 'object',
          additionalProperties: false,
          required: ['ruleId', 'severity', 'pointer', 'message', 'source', 'section'],
          properties: {
            ruleId: ref('RuleId'),
            severity: ref('Severity'),
            pointer: { type: 'string', description: 'RFC 6901 JSON Pointer into the record' },
            message: { type: 'string' },
            source: { type: 'string' },
            section: ref('Section'),
          },
        },
        Deadline: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'label', 'due', 'pointer'],
          properties: {
            key: { type: 'string' },
            label: { type: 'string' },
            due: { type: 'string' },
            actual: { type: 'string' },
            met: { type: 'boolean' },
            pointer: { type: 'string' },
          },
        },
        Rule: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'severity', 'section', 'source', 'summary'],
          properties: {
            id: ref('RuleId'),
            severity: ref('Severity'),
            section: ref('Section'),
            source: { type: 'string' },
            summary: { type: 'string' },
          },
        },
        RuleId: { type: 'string', enum: Object.keys(ruleCatalogue) },
        Severity: { type: 'string', enum: ['error', 'warning'] },
        Section: { type: 'string', enum: SECTIONS.map(([id]) => id) },
        Problem: {
          type: 'object',
          description: 'An RFC 9457 problem document',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string', enum: (Object.keys(PROBLEMS) as ProblemKind[]).map(problemType) },
            title: { type: 'string' },
            status: { type: 'integer', enum: [...new Set(Object.values(PROBLEMS).map(({ status }) => status))] },
            detail: { type: 'string' },
            ruleIds: { type: 'array', items: ref('RuleId') },
            line: { type: 'integer', minimum: 1 },
            column: { type: 'integer', minimum: 1 },
            issues: {
              type: 'array',
              description:
                'What is wrong with a template: each field at fault, as a JSON Pointer into the request body',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['pointer', 'message'],
                properties: { pointer: { type: 'string' }, message: { type: 'string' } },
              },
            },
            requestId: { type: 'string' },
          },
        },
        Health: {
          type: 'object',
          additionalProperties: false,
          required: ['status'],
          properties: { status: { type: 'string', enum: ['ok'] } },
        },
      },
    },
  };
}
