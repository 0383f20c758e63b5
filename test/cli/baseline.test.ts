/** `archlens baseline` and `archlens check --baseline`: CI fails only on what is new. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { useTempFolder } from '../helpers/temp-folder.js';

/** One error (payment data over plain http) and three lesser findings on Api. */
const PAY = [
    'architecture Pay {',
    '  client Web',
    '  service Api { replicas: 2 }',
    '  Web -> Api : http { data: [payment] }',
    '}',
    ''
].join('\n');

describe('archlens baseline and check --baseline', () => {
    const folder = useTempFolder('archlens-baseline-cli-', { perTest: true });
    const write = (name: string, text: string): void => {
        fs.mkdirSync(path.dirname(path.join(folder(), name)), { recursive: true });
        fs.writeFileSync(path.join(folder(), name), text);
    };
    const read = (name: string): string => fs.readFileSync(path.join(folder(), name), 'utf8');

    it('records today\'s findings; check then passes and reports nothing new, whatever moved', async () => {
        write('pay.arch', PAY);
        expect((await runCli(['check', 'pay.arch'], folder())).code).to.equal(1);
        const written = await runCli(['baseline', 'pay.arch'], folder());
        expect(written.code).to.equal(0);
        expect(written.stdout).to.equal('wrote .archlens-baseline.json: 4 findings accepted.\n');
        expect(read('.archlens-baseline.json')).to.contain('"rule": "sec/unencrypted-transport"').and.not.contain('"line"');
        write('pay.arch', `// moved down\n\n${PAY.replace('client Web', 'client   Web  ')}`);
        const checked = await runCli(['check', '--baseline', '.archlens-baseline.json', 'pay.arch'], folder());
        expect(checked.code).to.equal(0);
        expect(checked.stdout).to.contain('no problems');
        expect(checked.stderr).to.equal('baseline .archlens-baseline.json: 4 known findings left out, 0 new.\n');
    });

    it('reports only the new finding, exits by it, and lists what was fixed', async () => {
        write('pay.arch', PAY);
        await runCli(['baseline', 'pay.arch', '-o', 'accepted.json'], folder());
        // The fix for the error (https), and a new store with no backup.
        write('pay.arch', PAY.replace(': http {', ': https {').replace('  Web -> Api', '  database Db { engine: postgres, replicas: 2, failover: auto }\n  Api -> Db : sql\n  Web -> Api'));
        const checked = await runCli(['check', '-b', 'accepted.json', '--format', 'json', '--max-warnings', '0', 'pay.arch'], folder());
        const report = JSON.parse(checked.stdout) as { findings: { rule: string; element?: string }[] };
        expect(report.findings.every((finding) => finding.element !== 'Api'), checked.stdout).to.equal(true);
        expect(report.findings.map((finding) => `${finding.rule} ${finding.element}`)).to.include('dr/no-backup Db');
        expect(checked.stderr).to.match(/^baseline accepted\.json: 3 known findings left out, \d+ new\.\n1 finding in the baseline no longer occurs: tighten it with 'archlens baseline --update'\.\n {2}fixed {2}sec\/unencrypted-transport {2}Pay Web->Api\n$/);
        expect(checked.code).to.equal(1); // the new warnings exceed --max-warnings 0; the accepted ones do not count
    });

    it('--update tightens: what was fixed leaves, nothing new joins', async () => {
        write('pay.arch', PAY);
        await runCli(['baseline', 'pay.arch'], folder());
        write('pay.arch', PAY.replace(': http {', ': https {').replace('service Api { replicas: 2 }', 'service Api { replicas: 2 }\n  service Extra'));
        const updated = await runCli(['baseline', '--update', 'pay.arch'], folder());
        expect(updated.stdout).to.equal('wrote .archlens-baseline.json: 3 findings accepted, 1 fixed since the last baseline removed.\n');
        expect(read('.archlens-baseline.json')).not.to.contain('unencrypted').and.not.to.contain('Extra');
    });

    it('uses the baseline .archlens.json names, for check and for writing it', async () => {
        write('design/pay.arch', PAY);
        write('design/.archlens.json', '{ "baseline": "../ci/baseline.json" }');
        fs.mkdirSync(path.join(folder(), 'ci'));
        expect((await runCli(['baseline', 'design'], folder())).stdout).to.equal('wrote ci/baseline.json: 4 findings accepted.\n');
        const checked = await runCli(['check', 'design'], folder());
        expect(checked.code).to.equal(0);
        expect(checked.stderr).to.equal('baseline ci/baseline.json: 4 known findings left out, 0 new.\n');
    });

    it('stops with exit 2 and the place on a baseline it cannot read', async () => {
        write('pay.arch', PAY);
        write('bad.json', '{\n  "version": 1,\n  "findings": [ { "fingerprint": "0123456789abcdef", "rule": "Not A Rule", "count": 1 } ]\n}\n');
        const bad = await runCli(['check', '--baseline', 'bad.json', 'pay.arch'], folder());
        expect(bad.code).to.equal(2);
        expect(bad.stderr).to.match(/^archlens: bad\.json:3:\d+: not a baseline: findings\.0\.rule /);
        const missing = await runCli(['check', '--baseline', 'none.json', 'pay.arch'], folder());
        expect(missing.code).to.equal(2);
        expect(missing.stderr).to.contain("cannot read the baseline 'none.json'");
        write('.archlens.json', '{ "baseline": "gone.json" }');
        const configured = await runCli(['check', 'pay.arch'], folder());
        expect(configured.code).to.equal(2);
        expect(configured.stderr).to.contain("named by 'baseline' in .archlens.json");
        const update = await runCli(['baseline', '--update', '-o', 'none.json', 'pay.arch'], folder());
        expect(update.code).to.equal(2);
        expect(update.stderr).to.contain('--update tightens an existing baseline');
    });

    it('never writes the baseline over a design it read', async () => {
        write('pay.arch', PAY);
        const result = await runCli(['baseline', 'pay.arch', '-o', 'pay.arch'], folder());
        expect(result.code).to.equal(2);
        expect(read('pay.arch')).to.equal(PAY);
    });
});
