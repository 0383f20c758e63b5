/** The evidence an import reads connections and secrets from: host references, plain secrets, Compose variables. */
import { expect } from 'chai';
import { hostReferences } from '../../src/import/connections/host-references.js';
import { interpolate } from '../../src/import/compose/interpolate.js';
import { plainSecrets } from '../../src/import/secrets.js';

const FROM = { uri: 'file:///c.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, key: 'k' };

describe('import evidence', () => {
    it('reads hosts from URLs, host:port lists and host keys, and not from other words', () => {
        expect(hostReferences('DATABASE_URL', 'postgresql://app:pw@db:5432/shop')).to.deep.equal([{ host: 'db', port: 5432, protocol: 'sql' }]);
        expect(hostReferences('SPRING_DATASOURCE_URL', 'jdbc:mysql://mysql:3306/app')).to.deep.equal([{ host: 'mysql', port: 3306, protocol: 'sql' }]);
        expect(hostReferences('KAFKA_BROKERS', 'kafka1:9092,kafka2:9092')).to.deep.equal([{ host: 'kafka1', port: 9092 }, { host: 'kafka2', port: 9092 }]);
        expect(hostReferences('PGHOST', 'db')).to.deep.equal([{ host: 'db' }]);
        expect(hostReferences('PROFILE', 'docker')).to.deep.equal([]);
        expect(hostReferences('GREETING', 'hello world')).to.deep.equal([]);
    });

    it('lists secrets written as plain text, never ones filled in at run time', () => {
        const environment = [
            ['POSTGRES_PASSWORD', 'example'], ['API_KEY', '${API_KEY}'], ['DB_PASSWORD_FILE', '/run/secrets/db'], ['JWT_SECRET', ''],
            ['DATABASE_URL', 'postgres://app:s3cret@db/app'], ['CACHE_URL', 'redis://cache:6379'], ['TOKEN', '$TOKEN'], ['GREETING', 'password']
        ].map(([key, value]) => ({ key, value, from: FROM }));
        expect(plainSecrets(environment).map((item) => item.key)).to.deep.equal(['POSTGRES_PASSWORD', 'DATABASE_URL']);
    });

    it('interpolates like Compose with no variables set', () => {
        expect(interpolate('postgres:${TAG:-16}')).to.deep.equal({ text: 'postgres:16', unresolved: [] });
        expect(interpolate('${HOST}:5432')).to.deep.equal({ text: ':5432', unresolved: ['HOST'] });
        expect(interpolate('$$HOME ${A-x} ${B:+y}')).to.deep.equal({ text: '$HOME x ', unresolved: [] });
    });
});
