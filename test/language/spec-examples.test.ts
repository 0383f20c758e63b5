import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';
import { SPEC_EXAMPLES } from '../helpers/spec-examples.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

function archFiles(folder: string): string[] {
    return fs.existsSync(folder) ? fs.readdirSync(folder).filter((file) => file.endsWith('.arch')).map((file) => path.join(folder, file)) : [];
}

describe('every spec example and sample parses and links', () => {
    it('finds the spec examples', () => {
        expect(archFiles(SPEC_EXAMPLES).length).to.be.greaterThanOrEqual(3);
    });

    for (const file of [...archFiles(SPEC_EXAMPLES), ...archFiles(SAMPLES)]) {
        it(path.relative(path.resolve(import.meta.dirname, '../..'), file), async () => {
            const workspace = await buildWorkspace({ [path.basename(file)]: fs.readFileSync(file, 'utf8') });
            // Language problems only: review findings are the point of some examples.
            const broken = languageDiagnostics(workspace.diagnostics());
            expect(describeDiagnostics(broken)).to.deep.equal([]);
        });
    }
});
