/** The files a Compose file names (`include`, `extends`, `env_file`): followed as `docker compose` follows them, and only inside the project's folder. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCompose } from '../../src/import/load-compose.js';
import type { ImportedSystem } from '../../src/import/imported-system.js';
import { parseEnvFile } from '../../src/import/compose/env-file.js';
import { DeploymentDocuments } from '../../src/language/deployment-documents.js';
import { URI } from 'langium';

function project(files: Record<string, string>): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-compose-refs-'));
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), text);
    }
    return folder;
}

async function importProject(files: Record<string, string>, main = 'compose.yaml'): Promise<ImportedSystem> {
    const folder = project(files);
    return loadCompose([path.join(folder, main)], folder);
}

function edges(system: ImportedSystem): string[] {
    return system.connections.map((connection) => `${connection.source}->${connection.target} (${connection.evidence})`);
}

function problems(system: ImportedSystem): string[] {
    return system.problems.map((problem) => `${path.basename(problem.uri)}:${problem.range.start.line} ${problem.rule} ${problem.message}`);
}

function property(system: ImportedSystem, component: string, key: string): unknown {
    return system.components.find((candidate) => candidate.name === component)?.properties.find((candidate) => candidate.key === key)?.value;
}

describe('Compose import: files a Compose file names', () => {
    it('follows include: the included services are components, before the including file (which wins)', async () => {
        const system = await importProject({
            'compose.yaml': 'include:\n  - db/compose.yaml\n  - path: [cache/compose.yaml]\nservices:\n  app:\n    image: acme/app\n    environment: { DATABASE_URL: "postgres://db:5432/shop", REDIS_HOST: cache }\n',
            'db/compose.yaml': 'services:\n  db: { image: "postgres:16", volumes: ["data:/var/lib/postgresql/data"] }\nvolumes: { data: {} }\n',
            'cache/compose.yaml': 'services:\n  cache: { image: "redis:7" }\n'
        });
        expect(problems(system)).to.deep.equal([]);
        expect(system.components.map((component) => component.name)).to.have.members(['Db', 'Cache', 'App']);
        expect(edges(system)).to.have.members(['App->Db (environment DATABASE_URL)', 'App->Cache (environment REDIS_HOST)']);
        expect(system.components.find((component) => component.name === 'Db')?.from.uri).to.match(/db\/compose\.yaml$/);
        expect(system.files.map((uri) => path.basename(path.dirname(uri)) + '/' + path.basename(uri))).to.include.members(['db/compose.yaml', 'cache/compose.yaml']);
    });

    it('follows extends, in the same file and in another: the base is read first and the service wins over it', async () => {
        const system = await importProject({
            'compose.yaml': [
                'services:',
                '  web:',
                '    extends: { file: common.yaml, service: app }',
                '    environment: { QUEUE_HOST: queue }',
                '  worker:',
                '    extends: web',
                '    image: acme/worker',
                '  db: { image: postgres }',
                '  queue: { image: rabbitmq }',
                ''
            ].join('\n'),
            'common.yaml': 'services:\n  app:\n    image: acme/app\n    deploy: { replicas: 3 }\n    environment: { DB_HOST: db }\n'
        });
        expect(problems(system)).to.deep.equal([]);
        expect(edges(system)).to.include.members(['Web->Db (environment DB_HOST)', 'Web->Queue (environment QUEUE_HOST)', 'Worker->Db (environment DB_HOST)', 'Worker->Queue (environment QUEUE_HOST)']);
        expect(property(system, 'Web', 'replicas')).to.equal(3);
        expect(property(system, 'Worker', 'replicas')).to.equal(3);
        expect(system.components.find((component) => component.name === 'Worker')?.kindBasis).to.contain('acme/worker');
    });

    it('reads env_file for the hosts a service names, below its own environment, and judges no secret in it', async () => {
        const system = await importProject({
            'compose.yaml': 'services:\n  app:\n    image: acme/app\n    env_file: [.env.app, { path: .env.local, required: false }]\n    environment: { CACHE_HOST: cache }\n  db: { image: postgres }\n  cache: { image: redis }\n  search: { image: elasticsearch }\n',
            '.env.app': '# app settings\nexport DATABASE_URL=postgres://shop:hunter2@db:5432/shop\nCACHE_HOST=search\nSEARCH_URL="http://search:9200" # the index\n'
        });
        expect(problems(system)).to.deep.equal([]);
        expect(edges(system)).to.have.members(['App->Db (environment DATABASE_URL)', 'App->Cache (environment CACHE_HOST)', 'App->Search (environment SEARCH_URL)']);
        const db = system.connections.find((connection) => connection.target === 'Db');
        expect(db?.from.key).to.equal('services.app.env_file(.env.app).DATABASE_URL');
        expect(db?.from.range.start.line).to.equal(3);
        expect(property(system, 'App', 'plain_secrets')).to.equal(undefined);
    });

    it('refuses, with a positioned info, what is missing, outside the project folder, a loop, or a link out of the folder', async () => {
        const outside = project({ 'secret.env': 'DB_HOST=db\n', 'other.yaml': 'services:\n  x: { image: nginx }\n' });
        const files: Record<string, string> = {
            'compose.yaml': [
                'include:',
                `  - ${path.join(outside, 'other.yaml')}`,
                '  - loop.yaml',
                'services:',
                '  app:',
                '    image: acme/app',
                '    env_file: [missing.env, ../secret.env, linked.env]',
                '    extends: { file: nowhere.yaml, service: base }',
                ''
            ].join('\n'),
            'loop.yaml': 'include: [compose.yaml]\nservices:\n  db: { image: postgres }\n'
        };
        const folder = project(files);
        fs.symlinkSync(path.join(outside, 'secret.env'), path.join(folder, 'linked.env'));
        const system = await loadCompose([path.join(folder, 'compose.yaml')], folder);
        const notFollowed = problems(system).filter((problem) => problem.includes('import/not-followed'));
        expect(notFollowed.map((problem) => problem.replace(/'[^']*other\.yaml'/, "'OTHER'"))).to.have.members([
            "compose.yaml:1 import/not-followed `include` is not followed: 'OTHER' is outside the project's folder, and an import reads nothing outside the folder of the files it was given.",
            "loop.yaml:0 import/not-followed `include` is not followed: 'compose.yaml' leads back to a file already being read, or nests more than 8 deep.",
            "compose.yaml:6 import/not-followed `env_file` is not followed: 'missing.env' is not found.",
            "compose.yaml:6 import/not-followed `env_file` is not followed: '../secret.env' is outside the project's folder, and an import reads nothing outside the folder of the files it was given.",
            "compose.yaml:6 import/not-followed `env_file` is not followed: 'linked.env' is outside the project's folder, and an import reads nothing outside the folder of the files it was given.",
            "compose.yaml:7 import/not-followed `extends` is not followed: 'nowhere.yaml' is not found."
        ]);
        expect(system.components.map((component) => component.name)).to.have.members(['Db', 'App']);
        expect(edges(system)).to.deep.equal([]);
    });

    it('parses env files as Compose does: export, comments, quotes', () => {
        expect(parseEnvFile('# c\nexport A=1\nB = two words # note\nC="x # y \\"q\\""\nD=\'$raw\'\nnot a line\nE=\n')).to.deep.equal([
            { key: 'A', value: '1' },
            { key: 'B', value: 'two words' },
            { key: 'C', value: 'x # y "q"' },
            { key: 'D', value: '$raw' },
            { key: 'E', value: '' }
        ]);
    });
});

describe('a deployment an .arch file imports: the files its Compose file names', () => {
    it('belong to it, so that a change to an env file or an included file reads it again', async () => {
        const folder = project({
            'compose.yaml': 'include: [db.yaml]\nservices:\n  app: { image: acme/app, env_file: .env.app }\n',
            'db.yaml': 'services:\n  db: { image: postgres }\n',
            '.env.app': 'DB_HOST=db\n'
        });
        const deployments = new DeploymentDocuments();
        const registered = await deployments.register(folder, 'Shop');
        expect(registered).to.not.equal(undefined);
        const text = await deployments.textOf(registered?.uri.toString() ?? '');
        expect(text).to.contain('App -> Db');
        for (const file of ['db.yaml', '.env.app']) {
            expect(deployments.deploymentOfFile(URI.file(path.join(folder, file)).toString()), file).to.equal(registered?.uri.toString());
        }
    });
});
