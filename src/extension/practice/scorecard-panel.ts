/**
 * The scorecard's webview, opened beside the design: one panel, reused for
 * each score. It runs no script; its only active content is the "try again"
 * link, and the webview may run no command but the practice's start.
 */
import * as vscode from 'vscode';
import type { PracticeHistory } from '../../practice/history.js';
import type { ScorecardJson } from '../../practice/scorecard-json.js';
import { COMMANDS, SCORECARD_VIEW_TYPE } from '../identifiers.js';
import { createNonce } from '../preview/preview-html.js';
import { scorecardHtml } from './scorecard-html.js';

export interface ShownScorecard {
    readonly card: ScorecardJson;
    readonly history: PracticeHistory;
    readonly attempt?: string;
    readonly file: string;
}

export class ScorecardPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;

    /** Shows the scorecard beside the active editor and returns the page it shows. */
    show(shown: ShownScorecard): string {
        const title = `Scorecard: ${shown.card.prompt.title}`;
        const panel = this.panel ?? this.create(title);
        panel.title = title;
        const tryAgain = `command:${COMMANDS.practiceStart}?${encodeURIComponent(JSON.stringify([{ prompt: shown.card.prompt.id }]))}`;
        const html = scorecardHtml({ ...shown, nonce: createNonce(), tryAgain });
        panel.webview.html = html;
        panel.reveal(vscode.ViewColumn.Beside, true);
        return html;
    }

    dispose(): void {
        this.panel?.dispose();
        this.panel = undefined;
    }

    private create(title: string): vscode.WebviewPanel {
        const panel = vscode.window.createWebviewPanel(SCORECARD_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: false,
            enableCommandUris: [COMMANDS.practiceStart],
            localResourceRoots: []
        });
        panel.onDidDispose(() => {
            if (this.panel === panel) {
                this.panel = undefined;
            }
        });
        this.panel = panel;
        return panel;
    }
}
