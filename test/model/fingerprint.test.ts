/** Finding fingerprints (pr-review.md, "Finding identity"): stable under edits that do not touch what a finding is about. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { findingIdentity, fingerprintOf, uniqueFingerprints } from '../../src/model/fingerprint.js';
import { useTempFolder } from '../helpers/temp-folder.js';

/** A small design with findings on components, connections and the design as a whole. */
const DESIGN = [
    'architecture Shop {',
    '  client Web',
    '  service Api "Shop API" { replicas: 2 }',
    '  database Db { engine: postgres }',
    '  cache Cache { engine: redis }',
    '  Web -> Api : https',
    '  Api -> Db : sql',
    '  Api -> Cache : redis',
    '}',
    ''
].join('\n');

describe('finding fingerprints', () => {
    const folder = useTempFolder('archlens-fingerprint-', { perTest: true });

    async function findingsOf(text: string): Promise<Finding[]> {
        const file = path.join(folder(), 'shop.arch');
        fs.writeFileSync(file, text);
        return [...(await analyzeFiles([file], { cwd: folder() })).findings];
    }

    async function fingerprints(text: string): Promise<string[]> {
        return (await findingsOf(text)).map(fingerprintOf).sort();
    }

    it('are rule, design and element, never position or wording', () => {
        const finding = { rule: 'avail/single-point-of-failure', design: 'Shop', element: 'Db' };
        expect(findingIdentity(finding)).to.equal('avail/single-point-of-failure|Shop|Db');
        expect(findingIdentity({ rule: 'observe/no-monitoring', design: 'Shop' })).to.equal('observe/no-monitoring|Shop|');
        expect(fingerprintOf(finding)).to.match(/^[0-9a-f]{16}$/);
        expect(fingerprintOf(finding)).to.not.equal(fingerprintOf({ ...finding, element: 'Api' }));
        expect(fingerprintOf(finding)).to.not.equal(fingerprintOf({ ...finding, design: 'Other' }));
    });

    it('survive moved lines, reformatting, reordering and unrelated edits', async () => {
        const before = await fingerprints(DESIGN);
        expect(before.length).to.be.greaterThan(3);
        const moved = `// a comment\n\n\n${DESIGN}`;
        const reformatted = DESIGN.replace(/^ {2}/gm, '\t\t').replace(/ : /g, ':');
        const lines = DESIGN.split('\n');
        const reordered = [lines[0], lines[4], lines[3], lines[7], lines[6], lines[5], lines[2], lines[1], ...lines.slice(8)].join('\n');
        const retitled = DESIGN.replace('"Shop API"', '"The shop\'s API"');
        for (const [edit, text] of Object.entries({ moved, reformatted, reordered, retitled })) {
            expect(await fingerprints(text), edit).to.deep.equal(before);
        }
    });

    it('change for the findings about a renamed component, and only for those', async () => {
        const before = await findingsOf(DESIGN);
        const after = await findingsOf(DESIGN.replace(/\bDb\b/g, 'Orders'));
        const about = (findings: readonly Finding[], element: string): string[] => findings.filter((finding) => finding.element?.split('->').includes(element)).map(fingerprintOf);
        expect(about(before, 'Db')).to.not.be.empty;
        expect(about(after, 'Orders')).to.have.length(about(before, 'Db').length);
        expect(about(after, 'Orders')).to.not.include.members(about(before, 'Db'));
        const untouched = (findings: readonly Finding[]): string[] => findings.filter((finding) => !/\b(Db|Orders)\b/.test(finding.element ?? '')).map(fingerprintOf).sort();
        expect(untouched(after)).to.deep.equal(untouched(before));
    });

    it('are made unique per result by occurrence, in the order of their places', () => {
        const at = (line: number): Finding => ({ rule: 'a/rule', severity: 'info', message: `m${line}`, uri: 'file:///x.arch', range: { start: { line, character: 0 }, end: { line, character: 1 } }, design: 'X', element: 'A', suppressed: false });
        const plain = fingerprintOf(at(0));
        expect(uniqueFingerprints([at(9), at(2), at(5)])).to.deep.equal([`${plain}:3`, plain, `${plain}:2`]);
    });
});
