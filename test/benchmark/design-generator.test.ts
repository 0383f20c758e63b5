/**
 * The benchmark's designs must be valid designs of the size they claim:
 * otherwise the bench would time error recovery, or the wrong size.
 */
import { expect } from 'chai';
import { type GeneratedDesign, generateDesign } from '../../scripts/design-generator/design-generator.js';
import { generateShape, SHAPES, shapeDesignName } from '../../scripts/design-generator/design-shapes.js';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';
import { languageDiagnostics } from '../docs/language-findings.js';

/** Builds a generated design; checks it has no language finding and the counts the generator reports. */
async function expectValid(generated: GeneratedDesign, design: string): Promise<void> {
    const workspace = await buildWorkspace(Object.fromEntries(generated.files));
    expect(describeDiagnostics(languageDiagnostics(workspace))).to.deep.equal([]);
    const built = workspace.design(design);
    expect(built.components.length, 'components').to.equal(generated.components);
    expect(built.connections.length, 'connections').to.equal(generated.connections);
}

describe('benchmark design generator', function () {
    this.timeout(60_000);

    for (const components of [20, 100, 1000]) {
        it(`generates a valid design of ${components} components`, async () => {
            const generated = generateDesign({ components });
            expect(generated.components).to.equal(components);
            if (components >= 100) {
                expect(generated.connections / generated.components).to.be.within(1.3, 1.6);
            }
            await expectValid(generated, 'Generated');
        });
    }

    it('splits one design over 20 files', async () => {
        const generated = generateDesign({ components: 1000, files: 20 });
        expect(generated.files.size).to.equal(20);
        await expectValid(generated, 'Generated');
    });

    for (const shape of SHAPES) {
        for (const components of [20, 300]) {
            it(`generates a valid ${shape} of ${components} components`, async () => {
                const generated = generateShape(shape, components);
                expect(generated.components).to.equal(generateDesign({ components }).components);
                await expectValid(generated, shapeDesignName(shape));
            });
        }
    }
});
