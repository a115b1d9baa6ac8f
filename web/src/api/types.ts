// The API's shapes by name, generated from docs/openapi.yaml into schema.d.ts (npm run gen:api).
import type { components } from './schema';

export type Schema = components['schemas'];
