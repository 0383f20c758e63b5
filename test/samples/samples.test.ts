/**
 * The samples are designs users read first: each must be free of language
 * findings (syntax and meta/…), and the ride-hailing folder must show that
 * blocks of one design name in several files merge into one design.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFiles } from '../../src/batch/analyze.js';
import { buildWorkspace, describeDiagnostics, type TestWorkspace } from '../helpers/workspace.js';
import { isLanguageFinding, languageDiagnostics } from '../docs/language-findings.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const RIDE_HAILING = 'ride-hailing';

/** One workspace to build: a single file, or every file of a folder. */
interface Sample {
    readonly name: string;
    /** Paths relative to samples/, with forward slashes. */
    readonly files: readonly string[];
}

function archFilesIn(folder: string): string[] {
    return fs.readdirSync(path.join(SAMPLES, folder), { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.arch'))
        .map((entry) => path.posix.join(folder, entry.name))
        .sort();
}

function foldersIn(folder: string): string[] {
    return fs.readdirSync(path.join(SAMPLES, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.posix.join(folder, entry.name))
        .sort();
}

/** Top-level files and samples/spec files alone; any other folder as one workspace. */
function allSamples(): Sample[] {
    const singles = [...archFilesIn(''), ...archFilesIn('spec')].map((file) => ({ name: file, files: [file] }));
    const folders = foldersIn('').filter((folder) => folder !== 'spec').map((folder) => ({ name: `${folder}/`, files: archFilesIn(folder) }));
    return [...singles, ...folders];
}

function readSample(file: string): string {
    return fs.readFileSync(path.join(SAMPLES, ...file.split('/')), 'utf8');
}

async function build(sample: Sample): Promise<TestWorkspace> {
    return buildWorkspace(Object.fromEntries(sample.files.map((file) => [file, readSample(file)])));
}

describe('samples', () => {
    const samples = allSamples();

    it('holds the five designs and the spec examples', () => {
        expect(samples.map((sample) => sample.name)).to.include.members([
            'url-shortener.arch', 'chat.arch', 'checkout.arch', 'video-streaming.arch', `${RIDE_HAILING}/`,
            'spec/first-draft.arch', 'spec/payments.arch', 'spec/url-shortener.arch'
        ]);
    });

    for (const sample of samples) {
        it(`${sample.name} has no language finding`, async () => {
            const workspace = await build(sample);
            expect(describeDiagnostics(languageDiagnostics(workspace))).to.deep.equal([]);
        });
    }

    it('has no language finding when the whole folder is checked from disk, as `archlens check samples` does', async () => {
        const files = samples.flatMap((sample) => sample.files).map((file) => path.join(SAMPLES, ...file.split('/')));
        const analysis = await analyzeFiles(files);
        const problems = analysis.findings
            .filter((finding) => isLanguageFinding(finding.rule))
            .map((finding) => `${path.relative(SAMPLES, fileURLToPath(finding.uri))}:${finding.range.start.line + 1} ${finding.rule} ${finding.message}`);
        expect(problems).to.deep.equal([]);
    });
});

describe('the ride-hailing sample', () => {
    const files = archFilesIn(RIDE_HAILING);
    const rideHailingFiles = files.filter((file) => /\barchitecture\s+RideHailing\b/.test(readSample(file)));
    let workspace: TestWorkspace;

    before(async () => {
        workspace = await build({ name: RIDE_HAILING, files });
    });

    it('is split over several files', () => {
        expect(rideHailingFiles.length).to.be.greaterThanOrEqual(4);
    });

    it('merges every RideHailing block into one design with components from every file', () => {
        const design = workspace.design('RideHailing');
        expect(design.files.map((uri) => path.posix.basename(uri)).sort()).to.deep.equal(rideHailingFiles.map((file) => path.posix.basename(file)).sort());
        for (const file of rideHailingFiles) {
            const fromFile = design.components.filter((component) => component.location.uri.endsWith(`/${file}`));
            expect(fromFile.map((component) => component.name), file).to.not.be.empty;
        }
    });

    it('connects components declared in different files by their plain names', () => {
        const design = workspace.design('RideHailing');
        const crossFile = design.connections.filter((connection) => connection.source.location.uri !== connection.target.location.uri);
        expect(crossFile.map((connection) => connection.id)).to.include.members(['ApiGateway->TripService', 'TripEvents->Matching']);
    });

    it('merges settings blocks of one kind from several files', () => {
        const security = workspace.design('RideHailing').settings.security;
        expect([...security?.properties.keys() ?? []]).to.include.members(['waf', 'mfa', 'secrets', 'least_privilege']);
    });

    it('keeps Maps a separate design, reached by a cross-design reference', () => {
        const maps = workspace.design('Maps');
        expect(maps.components.map((component) => component.name)).to.include('Routing');
        const design = workspace.design('RideHailing');
        expect(design.components.map((component) => component.name)).to.not.include('Routing');
        const routing = design.connections.filter((connection) => connection.target.design === 'Maps');
        expect(routing.map((connection) => connection.id)).to.include('Matching->Maps.Routing');
    });
});
