import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import schemaDocument from '../../schemas/properties.schema.json' with { type: 'json' };
import { COMPONENT_KINDS, GROUP_KINDS, SETTINGS_KINDS } from '../../src/model/design.js';
import { PROPERTY_KEYS_FILE, propertyKeysByBag, renderPropertyKeys } from '../../src/properties/property-keys-source.js';
import type { RawSchemaDocument } from '../../src/properties/property-spec.js';

const SCHEMA = schemaDocument as unknown as RawSchemaDocument;
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('property keys typed from the schema (src/generated/property-keys.ts)', () => {
    const keys = propertyKeysByBag(SCHEMA);

    it('has a bag for every holder: each component kind, group, settings block, connection, transaction and journey', () => {
        expect([...keys.keys()]).to.have.members([
            ...COMPONENT_KINDS.map((kind) => `kind.${kind}`), ...GROUP_KINDS.map((kind) => `group.${kind}`),
            ...SETTINGS_KINDS.map((kind) => `settings.${kind}`), 'connection', 'transaction', 'journey'
        ]);
    });

    it("merges the common keys into each kind and keeps each bag's own keys to itself", () => {
        expect(keys.get('kind.database')).to.include.members(['engine', 'replicas', 'replication', 'backup', 'topology']);
        expect(keys.get('kind.service')).to.include.members(['replicas', 'autoscale', 'timeout', 'idempotent']).and.not.include('replication');
        expect(keys.get('connection')).to.include.members(['protocol', 'tls', 'timeout']).and.not.include('replicas');
        expect(keys.get('settings.requirements')).to.include('peak_rps').and.not.include('pipeline');
    });

    it('is current: npm run generate wrote it from the schema as it is now', () => {
        const file = path.join(ROOT, PROPERTY_KEYS_FILE);
        const written = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        expect(written, `${PROPERTY_KEYS_FILE} is out of date: run npm run generate`).to.equal(renderPropertyKeys(SCHEMA));
    });
});
