import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { bareApi } from '../../src/adapters/http/test-support/bare-api.js';
import { openVigil, readVigilConfig } from '../../src/adapters/wiring/index.js';

/** Where the dashboard's API types live (checked in; `npm run api-types` rewrites them). */
export const API_TYPES_FILE = join(import.meta.dirname, '..', 'src', 'api-types.ts');

/** The API's OpenAPI document as `GET /api/v1/openapi.json` answers it, from an API over an empty store. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const home = mkdtempSync(join(tmpdir(), 'vigil-openapi-'));
  const vigil = await openVigil(readVigilConfig({ VIGIL_HOME: home }, '/'));
  try {
    const app = await bareApi(vigil, 'api-types');
    const answer = await app.inject({ url: '/api/v1/openapi.json' });
    await app.close();
    return answer.json<OpenAPI3>();
  } finally {
    await vigil.close();
    rmSync(home, { recursive: true, force: true });
  }
}

/** The TypeScript types of an OpenAPI document, as web/src/api-types.ts holds them. */
export async function apiTypesSource(document: OpenAPI3): Promise<string> {
  const types = astToString(await openapiTS(document));
  return `// Generated from GET /api/v1/openapi.json by web/scripts/api-types.ts (npm run api-types): do not edit.\n// test/browser/api-types.test.ts fails when the API and this file disagree.\n\n${types}`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(API_TYPES_FILE, await apiTypesSource(await openApiDocument()));
  console.log(`wrote ${API_TYPES_FILE}`);
}
