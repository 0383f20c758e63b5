/**
 * Writes src/generated/property-keys.ts (generated, not committed): the
 * property keys of each bag of schemas/properties.schema.json as TypeScript
 * types, which type the PropertyBag accessors (src/model/property-keys.ts).
 * Run by `npm run generate` before the type check.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import propertiesSchema from '../schemas/properties.schema.json' with { type: 'json' };
import { PROPERTY_KEYS_FILE, renderPropertyKeys } from '../src/properties/property-keys-source.js';
import type { RawSchemaDocument } from '../src/properties/property-spec.js';

const file = path.resolve(import.meta.dirname, '..', PROPERTY_KEYS_FILE);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, renderPropertyKeys(propertiesSchema as unknown as RawSchemaDocument));
console.log(`wrote ${PROPERTY_KEYS_FILE}`);
