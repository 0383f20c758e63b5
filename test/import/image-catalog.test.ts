/** The image table an import reads kinds and engines from: valid against its schema, agreeing with the engine catalogue and the language's kinds. */
import { expect } from 'chai';
import schema from '../../schemas/import-images.schema.json' with { type: 'json' };
import table from '../../src/import/images/images.json' with { type: 'json' };
import engines from '../../src/engine-catalog/engines.json' with { type: 'json' };
import { COMPONENT_KINDS } from '../../src/model/design.js';
import { IMAGE_ENTRIES, imageEntry, parseImage, protocolOfPort } from '../../src/import/images/image-catalog.js';
import { createAjv } from '../../src/util/ajv.js';

describe('image table', () => {
    it('is valid against schemas/import-images.schema.json', () => {
        const validate = createAjv().compile(schema);
        expect(validate(table), JSON.stringify(validate.errors)).to.equal(true);
    });

    it('lists the language\'s kinds in its schema, names only known engines of a fitting kind, and no image twice', () => {
        expect(schema.properties.images.items.properties.kind.enum).to.deep.equal([...COMPONENT_KINDS]);
        const catalogue = engines as Record<string, { kinds: string[] }>;
        for (const entry of IMAGE_ENTRIES.filter((item) => item.engine !== undefined)) {
            expect(catalogue[entry.engine as string], entry.engine).to.not.equal(undefined);
            expect(catalogue[entry.engine as string].kinds, entry.engine).to.include(entry.kind);
        }
        const names = IMAGE_ENTRIES.flatMap((entry) => entry.match);
        expect(new Set(names).size).to.equal(names.length);
    });

    it('reads an image reference: registry, Docker Hub\'s library, tag and digest', () => {
        expect(parseImage('postgres:16-alpine')).to.deep.equal({ registry: undefined, path: 'postgres', tag: '16-alpine' });
        expect(parseImage('docker.io/library/redis@sha256:abc')).to.deep.equal({ registry: undefined, path: 'redis', tag: undefined });
        expect(parseImage('localhost:5000/acme/api:1.0')).to.deep.equal({ registry: 'localhost:5000', path: 'acme/api', tag: '1.0' });
        expect(imageEntry('mcr.microsoft.com/mssql/server:2022-latest')?.engine).to.equal('sqlserver');
        expect(imageEntry('quay.io/acme/postgres')).to.equal(undefined);
        expect(imageEntry('bitnami/postgresql:16')?.engine).to.equal('postgres');
        expect(imageEntry('')).to.equal(undefined);
    });

    it('knows a port\'s protocol only when one image or a well-known port says so', () => {
        expect(protocolOfPort(5432)).to.equal('sql');
        expect(protocolOfPort(6379)).to.equal('redis');
        expect(protocolOfPort(80)).to.equal('http');
        expect(protocolOfPort(12345)).to.equal(undefined);
    });
});
