/**
 * The scorecard's page, a pure function of the scorecard's JSON and the
 * workspace's practice history (so that tests read exactly what the webview
 * shows). Security model, as the preview's: nothing loads from anywhere
 * (`default-src 'none'`), no script runs at all, the one stylesheet is
 * inline with this page's nonce, and every text — design names, messages,
 * evidence, all of which come from the user's file — is escaped.
 */
import { evidenceText, FIGURES_NOT_JUDGED, figureValue } from '../../practice/format-scorecard.js';
import type { PracticeHistory } from '../../practice/history.js';
import type { ScorecardJson } from '../../practice/scorecard-json.js';
import { escapeHtml as e } from '../../util/escape/html.js';
import { SCORECARD_STYLE } from './scorecard-style.js';

export interface ScorecardPage {
    readonly card: ScorecardJson;
    readonly history: PracticeHistory;
    /** The attempt just scored, marked in the history. */
    readonly attempt?: string;
    /** The design file, as the user knows it (a workspace-relative path). */
    readonly file: string;
    readonly nonce: string;
    /** A `command:` link that starts the same prompt again; left out when the webview may not run commands. */
    readonly tryAgain?: string;
}

type Figure = ScorecardJson['figures'][number];
type Item = ScorecardJson['items'][number];

export function scorecardContentSecurityPolicy(nonce: string): string {
    return ["default-src 'none'", `style-src 'nonce-${nonce}'`].join('; ');
}

export function scorecardHtml(page: ScorecardPage): string {
    const { card } = page;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(scorecardContentSecurityPolicy(page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${e(page.nonce)}">${SCORECARD_STYLE}</style>
<title>Scorecard: ${e(card.prompt.title)}</title>
</head>
<body>
${[summary(page), sections(card), figures(card), rubric(card), twists(card), findings(card), questions(card), referenceHas(card), history(page)].join('\n')}
</body>
</html>
`;
}

function summary(page: ScorecardPage): string {
    const { card } = page;
    const penalty = card.penalty;
    return `<header id="summary">
<h1>Scorecard: ${e(card.prompt.title)}</h1>
<p class="meta">${e(card.prompt.difficulty)} · design <code>${e(card.design)}</code> in <code>${e(page.file)}</code></p>
<p class="total"><span class="score">${card.score}</span> / 100</p>
<p class="formula">Rubric ${card.rubricScore} (${card.earned} of ${card.possible} points) − ${penalty.points} for the review's findings (${penalty.errors} ${plural(penalty.errors, 'error')} × 3, ${penalty.warnings} ${plural(penalty.warnings, 'warning')} × 1, at most 10). The same file scores the same every time.</p>
${page.tryAgain ? `<p><a class="button" href="${e(page.tryAgain)}">Try this prompt again</a></p>` : ''}
</header>`;
}

function sections(card: ScorecardJson): string {
    const rows = card.sections.map((section) => `<tr><td>${e(section.title)}</td><td class="num">${section.earned}/${section.possible}</td><td><meter min="0" max="${section.possible}" value="${section.earned}" low="${section.possible / 2}" high="${section.possible}" optimum="${section.possible}"></meter></td></tr>`);
    return block('sections', 'Sections', `<table><thead><tr><th>Section</th><th>Points</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

function figures(card: ScorecardJson): string {
    if (!card.figuresJudged && card.figures.length === 0) {
        return block('figures', 'Requirements and estimates', `<p>${e(FIGURES_NOT_JUDGED)}</p>`);
    }
    if (card.figures.length === 0) {
        return block('figures', 'Requirements and estimates', '<p>This prompt asks for no figures.</p>');
    }
    const rows = card.figures.map((figure) => `<tr class="${figure.met ? 'met' : 'missed'}"><td>${mark(figure.met)} ${e(figure.title)}</td><td>${e(stated(figure))}${figure.derivation ? `<div class="muted">${e(figure.derivation)}</div>` : ''}</td><td>${e(figureValue(figure.figure, figure.expected))}<div class="muted">${e(figure.arithmetic)}</div></td><td class="num">${figure.earned}/${figure.points}</td></tr>`);
    return block('figures', 'Requirements and estimates', `<p class="muted">Your <code>requirements</code> against the prompt's arithmetic: right within ÷ or × the tolerance.</p><table><thead><tr><th>Figure</th><th>Yours</th><th>Expected</th><th>Points</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

function stated(figure: Figure): string {
    if (figure.stated === undefined) {
        return 'not given';
    }
    const range = `${figureValue(figure.figure, figure.expected / figure.tolerance)} – ${figureValue(figure.figure, figure.expected * figure.tolerance)}`;
    return `${figureValue(figure.figure, figure.stated)}${figure.met ? '' : ` (outside ${range})`}`;
}

function rubric(card: ScorecardJson): string {
    const titles = new Map(card.sections.map((section) => [section.section as string, section.title]));
    const groups = [...new Set(card.items.map((item) => item.section))].map((section) => {
        const items = card.items.filter((item) => item.section === section).map(rubricItem);
        return `<h3>${e(titles.get(section) ?? section)}</h3><ul class="items">${items.join('')}</ul>`;
    });
    return block('rubric', 'Rubric', groups.join(''));
}

function rubricItem(item: Item): string {
    const evidence = item.evidence.map((line) => `<li>${e(evidenceText(line))}</li>`).join('');
    return `<li class="${item.met ? 'met' : 'missed'}">${mark(item.met)} <span class="points">${item.earned}/${item.points}</span> ${e(item.text)}${item.twist ? ` <span class="tag">twist ${e(item.twist)}</span>` : ''}`
        + `${evidence ? `<ul class="evidence">${evidence}</ul>` : ''}${item.met ? '' : `<div class="muted">Asked: ${e(item.question)}</div>`}</li>`;
}

function twists(card: ScorecardJson): string {
    const rows = card.twists.map((twist) => `<li class="${twist.handled ? 'met' : 'missed'}">${twist.revealed ? (twist.handled ? '✔ handled' : '✖ not handled') : '… not revealed'}: ${e(twist.text)}</li>`);
    return block('twists', 'Twists', rows.length > 0 ? `<ul>${rows.join('')}</ul>` : '<p>This prompt has no twist.</p>');
}

function findings(card: ScorecardJson): string {
    const rows = card.penalty.findings.map((finding) => `<li>line ${finding.line}: ${e(finding.severity)} <code>${e(finding.rule)}</code>: ${e(finding.message)}</li>`);
    return block('findings', `Findings weighed (−${card.penalty.points})`, rows.length > 0 ? `<ul>${rows.join('')}</ul>` : '<p>No finding of the review costs points.</p>');
}

function questions(card: ScorecardJson): string {
    const rows = card.questions.map((question) => `<li>${e(question)}</li>`);
    return block('questions', 'Questions an interviewer would ask next', rows.length > 0 ? `<ol>${rows.join('')}</ol>` : '<p>None: every part of the rubric is met.</p>');
}

function referenceHas(card: ScorecardJson): string {
    const rows = card.referenceHas.map((line) => `<li>${e(line)}</li>`);
    return block('reference', 'What the reference has that this design lacks', rows.length > 0 ? `<ul>${rows.join('')}</ul>` : '<p>Nothing: this design meets what the reference meets.</p>');
}

function history(page: ScorecardPage): string {
    const { attempts, weakSections } = page.history;
    if (attempts.length === 0) {
        return block('history', 'History in this workspace', '<p>No attempts recorded in this workspace yet.</p>');
    }
    const rows = attempts.map((entry) => {
        const sectionsText = entry.sections.map((section) => `${section.section} ${section.earned}/${section.possible}`).join(', ');
        const current = entry.attempt === page.attempt;
        return `<tr${current ? ' class="current"' : ''}><td>${e(entry.started.slice(0, 16).replace('T', ' '))}${current ? ' <span class="tag">this one</span>' : ''}</td><td>${e(entry.prompt)}</td><td class="num">${entry.score ?? '—'}</td><td class="muted">${e(entry.file)}${sectionsText ? `<div>${e(sectionsText)}</div>` : ''}</td></tr>`;
    });
    const weak = weakSections.length > 0
        ? `<h3>Sections you keep missing</h3><ul>${weakSections.map((section) => `<li>${e(section.title)}: below half its points in ${section.missedIn} of ${section.scoredIn} scored attempts</li>`).join('')}</ul>`
        : '<p class="muted">No section kept missing yet (a section counts once it is below half its points in at least two scored attempts).</p>';
    return block('history', 'History in this workspace', `<table><thead><tr><th>Started (UTC)</th><th>Prompt</th><th>Score</th><th>File and sections</th></tr></thead><tbody>${rows.join('')}</tbody></table>${weak}`);
}

function block(id: string, title: string, body: string): string {
    return `<section id="${id}"><h2>${e(title)}</h2>${body}</section>`;
}

function mark(met: boolean): string {
    return met ? '<span class="mark met" aria-label="met">✔</span>' : '<span class="mark missed" aria-label="missed">✖</span>';
}

function plural(count: number, word: string): string {
    return count === 1 ? word : `${word}s`;
}
