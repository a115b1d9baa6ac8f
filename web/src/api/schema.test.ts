// The API's types are generated from docs/openapi.yaml (npm run gen:api); this fails when the
// specification changed and they were not generated again. Run from web/, as npm test and ctest do.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import openapiTS, { astToString } from 'openapi-typescript';
import { expect, test } from 'vitest';

test('src/api/schema.d.ts is current with docs/openapi.yaml', async () => {
  const spec = readFileSync(resolve('../docs/openapi.yaml'), 'utf8');
  const generated = astToString(await openapiTS(spec, { propertiesRequiredByDefault: true }));
  const stored = readFileSync(resolve('src/api/schema.d.ts'), 'utf8');
  const body = (text: string) => text.slice(text.indexOf('export'));
  expect(body(stored), 'run npm run gen:api').toBe(body(generated));
});
