import { expect } from 'chai';
import { reportFor } from '../../src/server/report-request.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('the archlens/report request', () => {
    it('reports the designs of the document, with findings from every file of a design', async () => {
        const workspace = await buildWorkspace({
            'shop.arch': 'architecture Shop {\n  requirements { peak_rps: 2k, availability: 99.9% }\n  client U\n  U -> Api : https\n}\n',
            'api.arch': 'architecture Shop {\n  service Api\n}\n',
            'other.arch': 'architecture Other {\n  service Lonely\n}\n'
        });
        const { shared } = workspace.services;
        const result = await reportFor(shared, workspace.services, { uri: 'file:///workspace/shop.arch' });
        if (!result.ok) {
            throw new Error(result.message);
        }
        expect(result.designs).to.deep.equal(['Shop']);
        expect(result.markdown).to.match(/^# Design review: Shop\n/);
        expect(result.markdown).to.contain('`avail/single-point-of-failure`');
        expect(result.markdown).to.contain('`api.arch:2`');
        expect(result.markdown).to.contain('| Availability (weakest client path) | 99.5% | target 99.9%: not reached |');
        expect(result.markdown).to.not.contain('Other');
    });

    it('explains an empty file and a document it does not know', async () => {
        const workspace = await buildWorkspace({ 'empty.arch': '// nothing yet\n' });
        const { shared } = workspace.services;
        expect(await reportFor(shared, workspace.services, { uri: 'file:///workspace/empty.arch' })).to.deep.include({ ok: false });
        expect(await reportFor(shared, workspace.services, { uri: 'file:///workspace/missing.arch' })).to.deep.equal({ ok: false, message: 'The document is not open in the language server yet.' });
    });
});
