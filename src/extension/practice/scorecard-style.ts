/** The scorecard's stylesheet: VS Code's theme colours, so it reads in light, dark and high-contrast themes. */
export const SCORECARD_STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 20px 24px; line-height: 1.45; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; border-bottom: 1px solid var(--vscode-panel-border, #8884); padding-bottom: 0.2em; margin-top: 1.4em; }
h3 { font-size: 1em; margin: 0.9em 0 0.3em; }
code { font-family: var(--vscode-editor-font-family); }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 2px 12px 2px 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.total { font-size: 1.2em; margin: 0.3em 0; }
.score { font-size: 2.2em; font-weight: 600; }
.muted, .formula, .meta { color: var(--vscode-descriptionForeground); }
.mark.met, li.met > .mark { color: var(--vscode-testing-iconPassed, #3a3); }
.mark.missed { color: var(--vscode-testing-iconFailed, #c33); }
ul.items { list-style: none; padding-left: 0; }
ul.items > li { margin: 0.35em 0; }
ul.evidence { margin: 0.1em 0 0 1.6em; padding-left: 1em; color: var(--vscode-descriptionForeground); }
.points { display: inline-block; min-width: 3.2em; font-variant-numeric: tabular-nums; }
.tag { font-size: 0.85em; padding: 0 5px; border-radius: 3px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
tr.current td { font-weight: 600; }
a.button { display: inline-block; padding: 3px 10px; border-radius: 2px; text-decoration: none; background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
meter { width: 120px; }
`;
