/** archlens/compare: the open design against its text at a git ref, as the marked diagram and the diff summary; anything else a message, never a crash. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { compareFor } from '../../src/server/compare-request.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const DRAFT = fs.readFileSync(path.resolve(import.meta.dirname, '../../samples/spec/first-draft.arch'), 'utf8');
const WITH_CACHE = DRAFT.replace('  Mobile -> Web : http', '  cache Hot {\n    engine: redis\n  }\n\n  Mobile -> Web : http\n  Web -> Hot : redis').replace('  Web -> Photos : https\n', '').replace('  storage Photos {\n    engine: s3\n  }\n', '');

/** Just what the request reads of the server: its workspace folders. */
function serverWith(folders: readonly string[]): LangiumSharedServices {
    return { workspace: { WorkspaceManager: { workspaceFolders: folders.map((folder) => ({ uri: URI.file(folder).toString(), name: path.basename(folder) })) } } } as unknown as LangiumSharedServices;
}

describe('the compare request', () => {
    const folder = useTempFolder('archlens-compare-request-');
    let file = '';

    before(() => {
        file = path.join(folder(), 'designs', 'photo.arch');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, DRAFT);
    });

    const params = (text: string, baseText: string | undefined): Parameters<typeof compareFor>[1] => ({
        uri: URI.file(file).toString(), text, ...(baseText !== undefined ? { baseText } : {}), baseLabel: 'HEAD', headLabel: 'unsaved edits'
    });

    it('marks what the unsaved text adds and removes, and sums it up beside', async () => {
        const result = await compareFor(serverWith([folder()]), params(WITH_CACHE, DRAFT));
        if (!result.ok) {
            throw new Error(result.message);
        }
        expect(result.design).to.equal('PhotoShare');
        expect(result.diagram.text).to.match(/class n_Hot added/);
        expect(result.diagram.text).to.match(/r_Photos\["Photos<br\/>storage · removed"\]/);
        expect(result.diagram.nodes.some((node) => node.id === 'n_Hot' && node.place !== undefined)).to.equal(true);
        expect(result.summary.title).to.equal('photo.arch: HEAD → unsaved edits');
        const changes = result.summary.sections.find((section) => section.heading === 'Changes');
        expect(changes?.items).to.deep.include.members([
            { text: 'added cache Hot', tone: 'added' },
            { text: 'removed storage Photos', tone: 'removed' },
            { text: 'added Web->Hot', tone: 'added' },
            { text: 'removed Web->Photos', tone: 'removed' }
        ]);
        expect(result.summary.facts).to.include('components: 1 added, 1 removed, 0 renamed, 0 changed');
    });

    it('says the design did not change when the text is the ref\'s', async () => {
        const result = await compareFor(serverWith([folder()]), params(DRAFT, DRAFT));
        expect(result.ok && result.summary.facts[0]).to.equal('PhotoShare: unchanged');
        expect(result.ok && result.summary.sections.map((section) => section.heading)).to.deep.equal([]);
    });

    it('draws everything as added when the ref does not have the file', async () => {
        const result = await compareFor(serverWith([folder()]), params(DRAFT, undefined));
        expect(result.ok && result.summary.facts[0]).to.equal('PhotoShare: added');
        expect(result.ok && result.diagram.text).to.match(/class n_Mobile,n_Web,n_Db,n_Photos added|class .*n_Web.* added/);
    });

    it('gives a message for a design that does not parse, a file outside the workspace or not on disk', async () => {
        const broken = await compareFor(serverWith([folder()]), params(DRAFT.replace('service Web "Web server"', 'service Web "Web server" {{'), DRAFT));
        expect(broken).to.deep.equal({ ok: false, message: 'PhotoShare: not compared: it does not parse at head; fix its syntax errors (listed with the findings) to see what changed.' });
        const outside = await compareFor(serverWith([path.join(folder(), 'elsewhere')]), params(DRAFT, DRAFT));
        expect(outside).to.deep.equal({ ok: false, message: 'ArchLens compares only files inside the workspace\'s folders.' });
        const untitled = await compareFor(serverWith([folder()]), { ...params(DRAFT, DRAFT), uri: 'untitled:Untitled-1' });
        expect(untitled.ok).to.equal(false);
        const hostile = await compareFor(serverWith([folder()]), { uri: 42, text: null } as unknown as Parameters<typeof compareFor>[1]);
        expect(hostile.ok).to.equal(false);
    });
});
