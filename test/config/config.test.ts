import { expect } from 'chai';
import * as path from 'node:path';
import { parseConfig } from '../../src/config/load-config.js';
import { configDiagnostics } from '../../src/server/config-diagnostics.js';
import { runCli } from '../helpers/cli.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/config');

describe('configuration files', () => {
    it('reads severities, options and engines, with comments and trailing commas', () => {
        const { config, problems } = parseConfig('// c\n{ "rules": { "avail/single-point-of-failure": "off", "scale/no-read-scaling": ["info", { "readRatio": 2 }], }, "engines": { "x": { "title": "X", "kinds": ["cache"] } } }');
        expect(problems).to.deep.equal([]);
        expect(config.rules.get('avail/single-point-of-failure')).to.deep.equal({ level: 'off' });
        expect(config.rules.get('scale/no-read-scaling')).to.deep.equal({ level: 'info', options: { readRatio: 2 } });
        expect(config.engines.get('x')?.kinds).to.deep.equal(['cache']);
    });

    it('resolves the baseline it names against its own folder, and refuses one that is not a path', () => {
        expect(parseConfig('{ "baseline": "../ci/accepted.json" }', path.join('/repo', 'designs', '.archlens.json')).config.baseline).to.equal(path.resolve('/repo/ci/accepted.json'));
        expect(parseConfig('{}', '/repo/.archlens.json').config.baseline).to.equal(undefined);
        for (const text of ['{ "baseline": 3 }', '{ "baseline": "  " }']) {
            const { config, problems } = parseConfig(text, '/repo/.archlens.json');
            expect(problems.map((problem) => problem.path), text).to.deep.equal(['/baseline']);
            expect(config.baseline).to.equal(undefined);
        }
    });

    it('reports invalid JSON with its position and falls back to the defaults', () => {
        const { config, problems } = parseConfig('{ "rules": { ');
        expect(problems).to.deep.equal([{ path: '', message: 'Invalid JSON: close brace expected.', offset: 13, length: 1 }]);
        expect(config.rules.size).to.equal(0);
    });

    it('names the JSON path and what is allowed for wrong types, unknown rules and unknown options', () => {
        const text = '{ "rules": { "avail/single-point-of-failure": "warn", "avail/single-point-of-failur": "off", "scale/no-read-scaling": ["warning", { "readRatio": "x", "ratio": 2 }] }, "extra": 1 }';
        const { problems } = parseConfig(text);
        expect(problems.map((problem) => `${problem.path} ${text.slice(problem.offset, problem.offset + problem.length)} | ${problem.message}`)).to.deep.equal([
            '/rules/avail~1single-point-of-failure "warn" | rules["avail/single-point-of-failure"] must be one of off, hint, info, warning, error, or [severity, { options }].',
            "/rules/avail~1single-point-of-failur \"avail/single-point-of-failur\" | Unknown rule 'avail/single-point-of-failur'. Did you mean 'avail/single-point-of-failure'?",
            '/rules/scale~1no-read-scaling/1/readRatio "x" | rules["scale/no-read-scaling"][1].readRatio must be a number.',
            "/rules/scale~1no-read-scaling/1/ratio \"ratio\" | Unknown key 'ratio' in rules[\"scale/no-read-scaling\"][1]. Allowed: readRatio.",
            "/extra \"extra\" | Unknown key 'extra' in the configuration. Allowed: rules, estimates, baseline, engines."
        ]);
    });

    it('lists what is allowed wherever a key is unknown, never an empty list', () => {
        const messages = (text: string): string[] => parseConfig(text).problems.map((problem) => problem.message);
        expect(messages('{"estimates":{"kinds":{"service":{"a":1}}}}')).to.deep.equal(["Unknown key 'a' in estimates.kinds.service. Allowed: capacity_rps, availability, latency."]);
        expect(messages('{"estimates":{"kindz":{}}}')).to.deep.equal(["Unknown key 'kindz' in estimates. Did you mean 'kinds'? Allowed: kinds, cross_region_latency, cache_hit_ratio, peak_factor, continuous_backup_lag."]);
        expect(messages('{"engines":{"mydb":{"title":"My","kinds":["cache"],"speed":1}}}')[0]).to.match(/^Unknown key 'speed' in engines\.mydb\. Allowed: title, kinds, ha, /);
    });

    it('says what a value must be in words: a type, a range, a missing key', () => {
        const messages = (text: string): string[] => parseConfig(text).problems.map((problem) => problem.message);
        expect(messages('{"estimates":{"peak_factor":0.5}}')).to.deep.equal(['estimates.peak_factor must be at least 1.']);
        expect(messages('{"rules":[]}')).to.deep.equal(['rules must be an object ({ … }).']);
        expect(messages('{"engines":{"mydb":{"kinds":["cache"]}}}')).to.deep.equal(["engines.mydb needs 'title'."]);
    });

    it('validates added engines against the engines schema', () => {
        const { problems } = parseConfig('{ "engines": { "mydb": { "title": "My", "kinds": ["databse"] } } }');
        expect(problems.map((problem) => problem.message)).to.deep.equal([
            'engines.mydb.kinds[0] must be one of client, external, dns, cdn, loadbalancer, gateway, service, worker, function, database, cache, queue, storage, search, coordinator, idp, monitoring, logging.'
        ]);
    });

    it('gives the editor positioned diagnostics on the config file', () => {
        const text = '{\n  "rules": { "avail/single-point-of-failure": "warn" }\n}';
        const diagnostics = configDiagnostics({ text, ...parseConfig(text) });
        expect(diagnostics).to.have.length(1);
        expect(diagnostics[0].range).to.deep.equal({ start: { line: 1, character: 46 }, end: { line: 1, character: 52 } });
        expect(diagnostics[0].message).to.match(/must be one of off.*\(at \/rules\/avail~1single-point-of-failure\) The review uses the defaults until this is fixed\.$/);
        expect(diagnostics[0].source).to.equal('archlens');
    });
});

describe('configuration in the CLI', () => {
    it('finds the nearest .archlens.json upward from each design file and applies it', async () => {
        const result = await runCli(['check', '--format', 'json', 'designs/shop.arch'], path.join(FIXTURES, 'project'));
        const report = JSON.parse(result.stdout) as { findings: { rule: string; severity: string; element?: string }[] };
        const rules = report.findings.map((finding) => `${finding.rule}@${finding.element ?? ''}:${finding.severity}`);
        expect(rules).to.include('avail/single-point-of-failure@Api:warning');
        expect(rules.some((rule) => rule.startsWith('sec/unencrypted-transport'))).to.equal(false);
        expect(rules).to.include('scale/no-read-scaling@Catalog:warning');
        expect(rules.some((rule) => rule.startsWith('data/unknown-engine'))).to.equal(false);
        expect(rules.some((rule) => rule.startsWith('avail/single-point-of-failure@Db'))).to.equal(false); // TiDB is HA, as the config says
    });

    it('exits 2 naming the file, the position, the JSON path and what is allowed for a broken config', async () => {
        const result = await runCli(['check', 'shop.arch'], path.join(FIXTURES, 'broken'));
        expect(result.code).to.equal(2);
        expect(result.stdout).to.equal('');
        expect(result.stderr).to.equal([
            'archlens: invalid configuration:',
            '.archlens.json:3:38: rules["avail/single-point-of-failure"] must be one of off, hint, info, warning, error, or [severity, { options }].',
            ".archlens.json:4:5: Unknown rule 'scale/no-read-scalin'. Did you mean 'scale/no-read-scaling'?",
            ''
        ].join('\n'));
    });

    it('uses the file given with --config instead, and exits 2 when it does not exist', async () => {
        const result = await runCli(['check', '--config', '../project/.archlens.json', '--format', 'json', 'shop.arch'], path.join(FIXTURES, 'broken'));
        expect(result.stderr).to.equal('');
        const report = JSON.parse(result.stdout) as { findings: { rule: string; severity: string }[] };
        expect(report.findings.find((finding) => finding.rule === 'avail/single-point-of-failure')?.severity).to.equal('warning');
        expect(report.findings.some((finding) => finding.rule === 'sec/unencrypted-transport')).to.equal(false);
        const missing = await runCli(['check', '--config', 'nope.json', 'shop.arch'], path.join(FIXTURES, 'broken'));
        expect(missing.code).to.equal(2);
        expect(missing.stderr).to.equal("archlens: cannot find the configuration 'nope.json'.\n");
    });
});
