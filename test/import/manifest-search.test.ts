/** A folder of manifests is searched only so deep and so wide: a folder named by mistake is not read whole. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_SEARCH, manifestsInFolder } from '../../src/import/import-inputs.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const MANIFEST = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n';

describe('the search for manifests', () => {
    const folder = useTempFolder('archlens-manifest-search-', { perTest: true });

    it(`stops ${MANIFEST_SEARCH.depth} folders down`, async () => {
        const shallow = path.join(folder(), 'a');
        const deep = path.join(folder(), ...Array.from({ length: MANIFEST_SEARCH.depth + 2 }, (_, index) => `d${index}`));
        fs.mkdirSync(shallow, { recursive: true });
        fs.mkdirSync(deep, { recursive: true });
        fs.writeFileSync(path.join(shallow, 'api.yaml'), MANIFEST);
        fs.writeFileSync(path.join(deep, 'lost.yaml'), MANIFEST);
        const found = await manifestsInFolder(folder());
        expect(found?.files.map((file) => path.basename(file))).to.deep.equal(['api.yaml']);
    });

    it(`reads at most ${MANIFEST_SEARCH.files} YAML files`, async () => {
        for (let index = 0; index < MANIFEST_SEARCH.files + 5; index++) {
            fs.writeFileSync(path.join(folder(), `m${index}.yaml`), MANIFEST);
        }
        expect((await manifestsInFolder(folder()))?.files).to.have.length(MANIFEST_SEARCH.files);
    });
});
