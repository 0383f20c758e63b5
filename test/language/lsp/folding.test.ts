import { expect } from 'chai';
import type { FoldingRange } from 'vscode-languageserver';
import { buildWorkspace } from '../../helpers/workspace.js';
import { textDocumentOf } from './editor-workspace.js';

const TEXT = [
    '/* A header comment',
    '   over three',
    '   lines */',
    'architecture A {',
    '  network private {',
    '    database Db {',
    '      backup: {',
    '        mode: pitr',
    '      }',
    '    }',
    '    cache Hot { engine: redis }',
    '  }',
    '  Db -> Hot {',
    '    protocol: redis',
    '  }',
    '}',
    ''
].join('\n');

describe('folding', () => {
    let ranges: FoldingRange[];

    before(async () => {
        const workspace = await buildWorkspace(TEXT);
        const [document] = workspace.documents;
        ranges = await workspace.services.lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument: textDocumentOf(document) }) ?? [];
    });

    function folds(startLine: number, endLine: number): boolean {
        return ranges.some((range) => range.startLine === startLine && range.endLine === endLine);
    }

    it('folds the architecture, groups, multi-line components, blocks and connection blocks, leaving the closing brace visible', () => {
        expect(folds(3, 14), 'architecture').to.equal(true);
        expect(folds(4, 10), 'network').to.equal(true);
        expect(folds(5, 8), 'database').to.equal(true);
        expect(folds(6, 7), 'backup block').to.equal(true);
        expect(folds(12, 13), 'connection block').to.equal(true);
    });

    it('folds a long block comment', () => {
        expect(ranges.some((range) => range.startLine === 0 && range.kind === 'comment')).to.equal(true);
    });

    it('does not fold one-line components', () => {
        expect(ranges.some((range) => range.startLine === 10)).to.equal(false);
    });
});
