export { createServer, type StrategyRecordServer } from './createServer.js';
export type { ServerOptions } from './serverOptions.js';
export { hashApiKey, parseApiKeys, type ApiKey, type ApiScope } from './apiKeys.js';
export { buildOpenApiDocument } from './openApiDocument.js';
export type { Problem } from './problem.js';
export type { MinutesRequest, ValidateRequest, ProfileOption } from './requestOptions.js';
