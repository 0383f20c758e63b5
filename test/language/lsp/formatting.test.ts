import { expect } from 'chai';
import type { FormattingOptions } from 'vscode-languageserver';
import { buildWorkspace } from '../../helpers/workspace.js';
import { applyEdits, textDocumentOf } from './editor-workspace.js';
import { readSpecExample, specExampleFiles } from '../../helpers/spec-examples.js';


/** The editor's settings, which the formatter overrides with the language's two spaces. */
const EDITOR_OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: false };

async function format(text: string): Promise<string> {
    const workspace = await buildWorkspace(text);
    const formatter = workspace.services.lsp.Formatter;
    if (!formatter) {
        throw new Error('no formatter');
    }
    const [document] = workspace.documents;
    const edits = await formatter.formatDocument(document, { textDocument: textDocumentOf(document), options: EDITOR_OPTIONS });
    return applyEdits(document, edits);
}

const MESSY = [
    'architecture   Shop  "The shop"{',
    '// top comment',
    '      service   Api{replicas:3 ,zones : 2',
    '  -> Db:http,tls',
    '        /* a block',
    '           comment */',
    '  autoscale: {min:1,max:3}',
    '  tags: [ a , b ]',
    '    }',
    '      database Db { engine: postgres }   // trailing, kept where it is',
    '',
    '',
    '   Api->Db',
    '   -> Other.Store',
    ' database Logs',
    '   "the logs" {}',
    'network   private {',
    'cache Hot {',
    'ttl:   30s',
    '}',
    '}',
    '  transaction Pay { writes: [ Db,Logs ] }',
    '  deployment {',
    '  tests: [',
    '  unit,',
    '  e2e',
    '  ]',
    '  }',
    '}',
    ''
].join('\n');

const TIDY = [
    'architecture Shop "The shop" {',
    '  // top comment',
    '  service Api { replicas: 3, zones: 2',
    '    -> Db : http, tls',
    '    /* a block',
    '       comment */',
    '    autoscale: { min: 1, max: 3 }',
    '    tags: [a, b]',
    '  }',
    '  database Db { engine: postgres }   // trailing, kept where it is',
    '',
    '',
    '  Api -> Db',
    '    -> Other.Store',
    '  database Logs',
    '    "the logs" {}',
    '  network private {',
    '    cache Hot {',
    '      ttl: 30s',
    '    }',
    '  }',
    '  transaction Pay { writes: [Db, Logs] }',
    '  deployment {',
    '    tests: [',
    '      unit,',
    '      e2e',
    '    ]',
    '  }',
    '}',
    ''
].join('\n');

describe('formatting', () => {
    it('indents by nesting depth and normalises spacing inside lines, keeping every line break', async () => {
        expect(await format(MESSY)).to.equal(TIDY);
    });

    it('is idempotent', async () => {
        expect(await format(TIDY)).to.equal(TIDY);
        const once = await format(MESSY);
        expect(await format(once)).to.equal(once);
    });

    it('indents a defaults block and its kinds like any block', async () => {
        const messy = 'architecture Shop {\ndefaults {\n      service {replicas:3,timeout : 2s}\nconnection {\ntls: true\n}\n}\nnetwork Private {\n  defaults { database { replicas: 2 } }\n}\n}\n';
        const tidy = 'architecture Shop {\n  defaults {\n    service { replicas: 3, timeout: 2s }\n    connection {\n      tls: true\n    }\n  }\n  network Private {\n    defaults { database { replicas: 2 } }\n  }\n}\n';
        expect(await format(messy)).to.equal(tidy);
        expect(await format(tidy)).to.equal(tidy);
    });

    it('lays out an import with its design name and an extend like a component', async () => {
        const messy = 'import   "compose.yaml"   as Shop\narchitecture Shop {\nextend Db {\nreplicas:2, volume : persistent\n}\n  extend Api {stateless:true}\n}\n';
        const tidy = 'import "compose.yaml" as Shop\narchitecture Shop {\n  extend Db {\n    replicas: 2, volume: persistent\n  }\n  extend Api { stateless: true }\n}\n';
        expect(await format(messy)).to.equal(tidy);
        expect(await format(tidy)).to.equal(tidy);
    });

    it('keeps one-line components on one line', async () => {
        const oneLine = 'architecture A {\n  cache Hot { engine: redis, ttl: 24h }\n}\n';
        expect(await format(oneLine)).to.equal(oneLine);
        expect(await format('architecture A {\n  cache Hot {engine:redis,ttl:24h}\n}\n')).to.equal(oneLine);
    });

    it('keeps every comment, re-indenting those on their own line', async () => {
        const text = 'architecture A { // after the brace\n      // own line\n  service S /* inline */ { replicas: 2 }\n/* last */\n}\n// end of file\n';
        const formatted = await format(text);
        expect(formatted).to.equal('architecture A { // after the brace\n  // own line\n  service S /* inline */ { replicas: 2 }\n  /* last */\n}\n// end of file\n');
    });

    it('keeps Windows line endings', async () => {
        expect(await format('architecture A {\r\n    service S\r\n}\r\n')).to.equal('architecture A {\r\n  service S\r\n}\r\n');
    });

    it('formats only the lines of a range', async () => {
        const workspace = await buildWorkspace('architecture A {\n      service S {replicas:2}\n      database D {replicas:2}\n}\n');
        const [document] = workspace.documents;
        const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } };
        const edits = await workspace.services.lsp.Formatter?.formatDocumentRange(document, { textDocument: textDocumentOf(document), options: EDITOR_OPTIONS, range });
        expect(applyEdits(document, edits ?? [])).to.equal('architecture A {\n      service S {replicas:2}\n  database D { replicas: 2 }\n}\n');
    });

    it('leaves a file with syntax errors alone', async () => {
        const broken = 'architecture A {\n      service S {\n   replicas:\n}\n';
        expect(await format(broken)).to.equal(broken);
    });

    for (const file of specExampleFiles()) {
        it(`changes at most whitespace in the spec example ${file}, and formatting again changes nothing`, async () => {
            const original = readSpecExample(file);
            const once = await format(original);
            expect(once.replace(/\s+/g, '')).to.equal(original.replace(/\s+/g, ''));
            expect(once.split('\n').length).to.equal(original.split('\n').length);
            expect(await format(once)).to.equal(once);
        });
    }
});
