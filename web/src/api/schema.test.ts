// @vitest-environment node
// (openapi-typescript hands a URL to fs; under jsdom that is jsdom's URL, which Node 18 refuses.)
// The API's types are generated from docs/openapi.yaml (npm run gen:api); this fails when the
// specification changed and they were not generated again.
import openapiTS, { astToString } from 'openapi-typescript';
import { expect, test } from 'vitest';

import spec from '../../../docs/openapi.yaml?raw';
import stored from './schema.d.ts?raw';

test('src/api/schema.d.ts is current with docs/openapi.yaml', async () => {
  const generated = astToString(await openapiTS(spec, { propertiesRequiredByDefault: true }));
  const body = (text: string) => text.slice(text.indexOf('export'));
  expect(body(stored), 'run npm run gen:api').toBe(body(generated));
});
