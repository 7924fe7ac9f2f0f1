import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource, openApiDocument } from '../../web/scripts/api-types.js';

// The dashboard's client is typed by web/src/api-types.ts, generated from the API's OpenAPI document: this fails
// when a route or schema changed without `npm run api-types`.
describe("the dashboard's API types", () => {
  it('are those the OpenAPI document of the API gives', async () => {
    const generated = await apiTypesSource(await openApiDocument());
    expect(
      generated === readFileSync(API_TYPES_FILE, 'utf8'),
      'web/src/api-types.ts is stale: npm run api-types',
    ).toBe(true);
  });
});
