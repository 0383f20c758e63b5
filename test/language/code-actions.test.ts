import { expect } from 'chai';
import type { CodeAction } from 'vscode-languageserver';
import { applyWorkspaceEdit } from '../helpers/apply-edits.js';
import { buildWorkspace, languageDiagnostics } from '../helpers/workspace.js';

const TEXT = 'architecture T {\n  client Mobile\n  service Web\n  Mobile -> Web : http\n}';

async function actionsFor(rule: string): Promise<{ actions: CodeAction[]; uri: string }> {
    const workspace = await buildWorkspace(TEXT);
    const [document] = workspace.documents;
    const diagnostic = workspace.diagnostics().find((candidate) => candidate.code === rule);
    expect(diagnostic, rule).to.not.equal(undefined);
    const actions = await workspace.services.lsp.CodeActionProvider?.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: diagnostic ? [diagnostic] : [] }
    });
    return { actions: (actions ?? []) as CodeAction[], uri: document.uri.toString() };
}

describe('code actions for review findings', () => {
    it('offer the rule\'s quick fix first, preferred, then disabling for the line or file', async () => {
        const { actions } = await actionsFor('avail/single-point-of-failure');
        expect(actions.map((action) => action.title)).to.deep.equal([
            'Run two instances of Web',
            'Disable avail/single-point-of-failure for this line',
            'Disable avail/single-point-of-failure for this file'
        ]);
        expect(actions[0].isPreferred).to.equal(true);
        expect(actions.every((action) => action.kind === 'quickfix')).to.equal(true);
    });

    it('produce edits that parse and remove the finding', async () => {
        const { actions } = await actionsFor('sec/unencrypted-transport');
        for (const action of actions) {
            const fixed = applyWorkspaceEdit({ 'test.arch': TEXT }, action.edit ?? {})['test.arch'];
            const after = await buildWorkspace(fixed);
            expect(languageDiagnostics(after.diagnostics()), action.title).to.deep.equal([]);
            expect(after.diagnostics().some((diagnostic) => diagnostic.code === 'sec/unencrypted-transport'), action.title).to.equal(false);
        }
    });

    it('offer nothing for language errors', async () => {
        const workspace = await buildWorkspace('architecture T {\n  servce Web\n}');
        const [document] = workspace.documents;
        const diagnostics = workspace.diagnostics().filter((diagnostic) => diagnostic.code === 'syntax');
        const actions = await workspace.services.lsp.CodeActionProvider?.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
        });
        expect(actions).to.deep.equal([]);
    });
});

describe('hover over a finding', () => {
    it('shows the rule, its checklist section and its rationale', async () => {
        const workspace = await buildWorkspace(TEXT);
        const [document] = workspace.documents;
        const hover = await workspace.services.lsp.HoverProvider?.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: { line: 2, character: 11 } });
        const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
        expect(value).to.contain('[avail/single-point-of-failure](https://github.com/archlens/archlens/blob/main/docs/rules/avail/single-point-of-failure.md)');
        expect(value).to.contain('checklist: **Failure recovery**');
        expect(value).to.contain('One instance means one crash, deploy or lost host stops');
        expect(value).to.contain('*Quick fix:*');
    });
});
