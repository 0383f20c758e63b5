/** The scorecard's page: every part of the scorecard shown, the history, the CSP, and hostile text kept as text. */
import { expect } from 'chai';
import { scorecardContentSecurityPolicy, scorecardHtml, type ScorecardPage } from '../../../src/extension/practice/scorecard-html.js';
import type { PracticeHistory } from '../../../src/practice/history.js';
import type { ScorecardJson } from '../../../src/practice/scorecard-json.js';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> \' " &amp;';

function card(text = 'plain'): ScorecardJson {
    return {
        prompt: { id: 'url-shortener', title: `URL shortener ${text}`, difficulty: 'easy' },
        design: `Design${text}`,
        score: 61,
        rubricScore: 64,
        earned: 70,
        possible: 110,
        figuresJudged: true,
        penalty: { points: 3, errors: 1, warnings: 0, findings: [{ rule: 'avail/single-point-of-failure', severity: 'error', element: 'Db', line: 31, message: `database Db runs one instance ${text}` }] },
        sections: [
            { section: 'requirements', title: 'Requirements and estimates', earned: 7, possible: 14 },
            { section: 'caching', title: `Caching ${text}`, earned: 14, possible: 28 }
        ],
        items: [
            { id: 'cache', section: 'caching', text: `Redirects come from a cache ${text}`, points: 14, earned: 14, met: true, question: 'Where do reads come from?', evidence: [{ kind: 'line', line: 24, text: `cache Hot ${text}` }] },
            { id: 'hot', section: 'caching', text: 'A hot link is served from an edge', points: 10, earned: 0, met: false, twist: 'viral-link', question: `Which node takes 50,000 a second? ${text}`, evidence: [{ kind: 'finding', line: 31, rule: 'scale/over-capacity', severity: 'info', message: `over ${text}` }, { kind: 'note', text: `no cdn ${text}` }] }
        ],
        figures: [
            { figure: 'peak_rps', title: 'Peak requests per second', expected: 8000, tolerance: 2, stated: 8000, arithmetic: `40/s × 101 × 2 ${text}`, met: true, points: 7, earned: 7 },
            { figure: 'storage_per_year', title: 'Storage per year', expected: 600e9, tolerance: 2, stated: 10e9, derivation: `27MB a day × 365 ${text}`, arithmetic: '100M × 12 × 500 B', met: false, points: 7, earned: 0 }
        ],
        twists: [{ id: 'viral-link', text: `A celebrity posts one link ${text}`, revealed: true, handled: false }],
        questions: [`First question ${text}`, 'Second question'],
        referenceHas: [`cdn Edge ${text}`]
    };
}

function history(text = 'plain'): PracticeHistory {
    return {
        attempts: [
            { attempt: '20261201-090000', prompt: 'url-shortener', file: `old ${text}.arch`, started: '2026-12-01T09:00:00.000Z', score: 40, sections: [{ section: 'caching', earned: 4, possible: 28 }], scores: 1 },
            { attempt: '20261203-140000', prompt: 'url-shortener', file: 'url-shortener-2.arch', started: '2026-12-03T14:00:00.000Z', score: 61, sections: [{ section: 'caching', earned: 14, possible: 28 }], scores: 1 },
            { attempt: '20261203-150000', prompt: 'chat', file: 'chat.arch', started: '2026-12-03T15:00:00.000Z', sections: [], scores: 0 }
        ],
        weakSections: [{ section: 'observability', title: `Observability ${text}`, missedIn: 2, scoredIn: 2 }]
    };
}

function page(overrides: Partial<ScorecardPage> = {}): ScorecardPage {
    return { card: card(), history: history(), attempt: '20261203-140000', file: 'url-shortener-2.arch', nonce: 'bm9uY2U', tryAgain: 'command:archlens.practice.start?%5B%7B%22prompt%22%3A%22url-shortener%22%7D%5D', ...overrides };
}

describe('scorecard page', () => {
    it('allows nothing to load or run: no script, one style with the nonce', () => {
        const html = scorecardHtml(page());
        expect(scorecardContentSecurityPolicy('bm9uY2U')).to.equal("default-src 'none'; style-src 'nonce-bm9uY2U'");
        // In the attribute, the policy's quotes are entities (the browser reads them back as quotes).
        expect(html).to.contain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-bm9uY2U&#39;">');
        expect(html).not.to.match(/<script/i);
        expect(html.match(/<style/g)).to.have.length(1);
        expect(html).to.contain('<style nonce="bm9uY2U">');
        expect(html).not.to.match(/\sstyle=/);
        expect(html).not.to.match(/(src|href)="(https?:)?\/\//);
    });

    it('shows the total, the arithmetic, and every section of the scorecard', () => {
        const html = scorecardHtml(page());
        expect(html).to.contain('<span class="score">61</span> / 100');
        expect(html).to.contain('Rubric 64 (70 of 110 points) − 3 for the review\'s findings (1 error × 3, 0 warnings × 1, at most 10)');
        for (const id of ['summary', 'sections', 'figures', 'rubric', 'twists', 'findings', 'questions', 'reference', 'history']) {
            expect(html, id).to.match(new RegExp(`id="${id}"`));
        }
        expect(html).to.contain('Requirements and estimates</td><td class="num">7/14');
        expect(html).to.contain('<meter min="0" max="28" value="14"');
    });

    it('shows each rubric item met or missed with its evidence and, when missed, the question', () => {
        const html = scorecardHtml(page());
        expect(html).to.contain('<li class="met"><span class="mark met" aria-label="met">✔</span> <span class="points">14/14</span> Redirects come from a cache plain');
        expect(html).to.contain('<li>line 24: cache Hot plain</li>');
        expect(html).to.contain('<span class="points">0/10</span> A hot link is served from an edge <span class="tag">twist viral-link</span>');
        expect(html).to.contain('<li>line 31: info scale/over-capacity: over plain</li>');
        expect(html).to.contain('<li>no cdn plain</li>');
        expect(html).to.contain('Asked: Which node takes 50,000 a second? plain');
        expect(html).not.to.contain('Asked: Where do reads come from?');
    });

    it('checks the figures, the twist, the findings, the questions and the reference', () => {
        const html = scorecardHtml(page());
        expect(html).to.contain('Peak requests per second</td><td>8k/s</td>');
        expect(html).to.contain('10 GB a year (outside 300 GB a year – 1.2 TB a year)<div class="muted">27MB a day × 365 plain</div>');
        expect(html).to.contain('✖ not handled: A celebrity posts one link plain');
        expect(html).to.contain('Findings weighed (−3)');
        expect(html).to.contain('line 31: error <code>avail/single-point-of-failure</code>: database Db runs one instance plain');
        expect(html).to.contain('<ol><li>First question plain</li><li>Second question</li></ol>');
        expect(html).to.contain('<li>cdn Edge plain</li>');
    });

    it('shows the workspace\'s history, this attempt marked, and the sections kept missing', () => {
        const html = scorecardHtml(page());
        expect(html).to.contain('<tr class="current"><td>2026-12-03 14:00 <span class="tag">this one</span>');
        expect(html).to.contain('<td>2026-12-01 09:00</td><td>url-shortener</td><td class="num">40</td>');
        expect(html).to.contain('<td class="num">—</td>');
        expect(html).to.contain('Observability plain: below half its points in 2 of 2 scored attempts');
        expect(scorecardHtml(page({ history: { attempts: [], weakSections: [] } }))).to.contain('No attempts recorded in this workspace yet.');
    });

    it('offers to try again only through the command link it is given', () => {
        expect(scorecardHtml(page())).to.contain('<a class="button" href="command:archlens.practice.start?%5B%7B%22prompt%22%3A%22url-shortener%22%7D%5D">Try this prompt again</a>');
        expect(scorecardHtml(page({ tryAgain: undefined }))).not.to.contain('Try this prompt again');
    });

    it('says so when a part is empty', () => {
        const empty: ScorecardJson = { ...card(), figures: [], twists: [], questions: [], referenceHas: [], penalty: { points: 0, errors: 0, warnings: 0, findings: [] } };
        const html = scorecardHtml(page({ card: empty }));
        expect(html).to.contain('This prompt asks for no figures.');
        expect(html).to.contain('This prompt has no twist.');
        expect(html).to.contain('No finding of the review costs points.');
        expect(html).to.contain('None: every part of the rubric is met.');
        expect(html).to.contain('Nothing: this design meets what the reference meets.');
    });

    it('keeps hostile text from the design as text: markup, quotes, entities and direction marks', () => {
        const html = scorecardHtml(page({ card: card(HOSTILE), history: history(HOSTILE), file: `evil"><script>x</script>.arch`, nonce: 'n"><script>' }));
        expect(html).not.to.match(/<script/i);
        expect(html).not.to.match(/<img/i);
        expect(html).to.contain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &#39; &quot; &amp;amp;');
        expect(html).to.contain('<code>evil&quot;&gt;&lt;script&gt;x&lt;/script&gt;.arch</code>');
        expect(html).to.contain('<style nonce="n&quot;&gt;&lt;script&gt;">');
        const marked = scorecardHtml(page({ card: card('\u202eevil') }));
        expect(marked).not.to.contain('\u202e');
        expect(marked).to.contain('\\u202eevil');
    });
});
