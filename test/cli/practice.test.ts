/** `archlens practice`: a whole attempt in a folder (start, twist, score, history) and every way to call it wrong. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import scorecardSchema from '../../schemas/practice-scorecard.schema.json' with { type: 'json' };
import { createAjv } from '../../src/util/ajv.js';
import { runCli } from '../helpers/cli.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const validateScorecard = createAjv().compile(scorecardSchema);
const GOOD = fs.readFileSync(path.join(ROOT, 'test/fixtures/practice/url-shortener/good.arch'), 'utf8');
const START = new Date('2026-12-03T14:05:00Z');
const clock = (minutes: number) => () => new Date(START.getTime() + minutes * 60_000);

describe('archlens practice', () => {
    const folder = useTempFolder('archlens-practice-', { perTest: true });

    it('lists the prompts, as text and as JSON', async () => {
        const text = await runCli(['practice', 'list'], folder());
        expect(text.code).to.equal(0);
        expect(text.stdout).to.match(/^url-shortener\s+easy\s+45 min\s+URL shortener/m);
        const json = JSON.parse((await runCli(['practice', 'list', '--format', 'json'], folder())).stdout) as { id: string }[];
        expect(json.map((prompt) => prompt.id)).to.include('url-shortener');
    });

    it('runs an attempt: start writes the file and the record, twist reveals, score prints and records, history sums up', async () => {
        const started = await runCli(['practice', 'start', 'url-shortener', '--minutes', '30'], folder(), clock(0));
        expect(started.code, started.stderr).to.equal(0);
        expect(started.stdout).to.contain('Wrote url-shortener.arch: URL shortener, 30 minutes (attempt 20261203-140500)');
        expect(started.stdout).to.contain('A twist comes at minute 15');
        const file = path.join(folder(), 'url-shortener.arch');
        const written = fs.readFileSync(file, 'utf8');
        expect(written.split('\n')[0]).to.equal('// ArchLens practice: url-shortener attempt 20261203-140500 (30 minutes)');
        expect(fs.existsSync(path.join(folder(), '.archlens/practice/20261203-140500.json'))).to.equal(true);

        const empty = await runCli(['practice', 'score', 'url-shortener.arch', '--format', 'json'], folder(), clock(5));
        expect(JSON.parse(empty.stdout)).to.include({ score: 0 });
        expect(validateScorecard(JSON.parse(empty.stdout)), JSON.stringify(validateScorecard.errors)).to.equal(true);

        expect((await runCli(['practice', 'twist', 'url-shortener.arch'], folder())).stdout).to.match(/^Twist: A celebrity posts one short link/);
        fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\n${GOOD.replace(/^\/\/.*\n/, '').replace('architecture UrlShortener', 'architecture Attempt')}`.replace(/architecture UrlShortener_\d{8}_\d{6} "URL shortener" \{\n {2}requirements \{\n {2}\}\n\}\n/, ''));
        const json = JSON.parse((await runCli(['practice', 'score', 'url-shortener.arch', '--format', 'json'], folder(), clock(27))).stdout) as unknown;
        expect(validateScorecard(json), JSON.stringify(validateScorecard.errors)).to.equal(true);
        const scored = await runCli(['practice', 'score', 'url-shortener.arch'], folder(), clock(28));
        expect(scored.code, scored.stderr).to.equal(0);
        expect(scored.stdout).to.match(/^URL shortener: \d+\/100/);
        expect(scored.stdout).to.contain('✖ not handled: A celebrity posts one short link');

        const history = await runCli(['practice', 'history', '--format', 'json'], folder());
        const summary = JSON.parse(history.stdout) as { attempts: { attempt: string; scores: number; score: number }[] };
        expect(summary.attempts).to.have.length(1);
        expect(summary.attempts[0]).to.include({ attempt: '20261203-140500', scores: 3 });
        expect(summary.attempts[0].score).to.be.greaterThan(50);
        expect((await runCli(['practice', 'history'], folder())).stdout).to.match(/^2026-12-03 14:05 {2}url-shortener/);
    });

    it('scores a design written elsewhere with --prompt, as Markdown, without recording anything', async () => {
        fs.writeFileSync(path.join(folder(), 'mine.arch'), GOOD);
        const result = await runCli(['practice', 'score', 'mine.arch', '--prompt', 'url-shortener', '--format', 'markdown'], folder());
        expect(result.code, result.stderr).to.equal(0);
        expect(result.stdout).to.match(/^# Practice scorecard: URL shortener\n\n\*\*\d+ \/ 100\*\*/);
        expect(fs.existsSync(path.join(folder(), '.archlens'))).to.equal(false);
    });

    it('refuses with exit 2 and one line: unknown prompt or subcommand, a file that exists, bad minutes, no header, no file', async () => {
        fs.writeFileSync(path.join(folder(), 'url-shortener.arch'), 'x');
        fs.writeFileSync(path.join(folder(), 'plain.arch'), 'architecture P {\n  service A\n}\n');
        const cases: [string[], RegExp][] = [
            [['practice', 'start', 'tinyurl'], /no practice prompt 'tinyurl'; the prompts are: .*url-shortener/],
            [['practice', 'begin'], /practice takes one of list, start, twist, score, history \(got 'begin'\)/],
            [['practice', 'start', 'url-shortener'], /url-shortener\.arch already exists/],
            [['practice', 'start', 'url-shortener', '--out', 'b.arch', '--minutes', '0'], /--minutes takes a whole number of minutes from 1 to 240/],
            [['practice', 'score', 'plain.arch'], /has no practice header/],
            [['practice', 'twist', 'plain.arch'], /has no practice header/],
            [['practice', 'score', 'missing.arch', '--prompt', 'url-shortener'], /cannot read 'missing\.arch'/],
            [['practice', 'score', 'plain.arch', '--prompt', 'url-shortener', '--format', 'html'], /--format must be one of text, json, markdown/]
        ];
        for (const [args, message] of cases) {
            const result = await runCli(args, folder());
            expect(result.code, args.join(' ')).to.equal(2);
            expect(result.stderr, args.join(' ')).to.match(message);
            expect(result.stderr.trim().split('\n'), args.join(' ')).to.have.length(1);
        }
    });

    it('never writes or reads attempts through a symbolic link', async () => {
        const elsewhere = fs.mkdtempSync(path.join(path.dirname(folder()), 'archlens-elsewhere-'));
        try {
            fs.symlinkSync(elsewhere, path.join(folder(), '.archlens'));
            const started = await runCli(['practice', 'start', 'url-shortener'], folder());
            expect(started.code).to.equal(2);
            expect(started.stderr).to.match(/\.archlens\/practice must be a folder inside .*, not a link or a file/);
            expect(fs.readdirSync(elsewhere)).to.deep.equal([]);
            expect(fs.existsSync(path.join(folder(), 'url-shortener.arch'))).to.equal(false);
            expect((await runCli(['practice', 'history'], folder())).stderr).to.contain('a symbolic link, not read');
        } finally {
            fs.rmSync(elsewhere, { recursive: true, force: true });
        }
    });

    it('does not score a design that does not parse, and skips attempt files that are not attempts', async () => {
        fs.writeFileSync(path.join(folder(), 'broken.arch'), '// ArchLens practice: url-shortener\narchitecture B {\n  service A {\n}\n');
        const broken = await runCli(['practice', 'score', 'broken.arch'], folder());
        expect(broken.code).to.equal(2);
        expect(broken.stderr).to.match(/the design does not parse \(line \d+: /);
        fs.writeFileSync(path.join(folder(), 'rejected.arch'), '// ArchLens practice: url-shortener\narchitecture R {\n  requirements { payload: 500B }\n}\n');
        const rejected = await runCli(['practice', 'score', 'rejected.arch'], folder());
        expect(rejected.code).to.equal(2);
        expect(rejected.stderr).to.contain("the design has a language error (line 3: 'payload' expects a size");
        fs.mkdirSync(path.join(folder(), '.archlens/practice'), { recursive: true });
        fs.writeFileSync(path.join(folder(), '.archlens/practice/bad.json'), '{ not json');
        fs.writeFileSync(path.join(folder(), '.archlens/practice/other.json'), '{"version": 2}');
        const history = await runCli(['practice', 'history'], folder());
        expect(history.code).to.equal(0);
        expect(history.stdout).to.match(/^No practice attempts here yet/);
        expect(history.stderr).to.match(/skipped \.archlens\/practice\/bad\.json: not valid JSON/);
        expect(history.stderr).to.match(/skipped \.archlens\/practice\/other\.json: not a practice attempt/);
    });
});
