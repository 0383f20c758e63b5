/** The Markdown of `archlens diff` for a pull-request comment: header counts, finding tables, hostile text, the size limit, the marked diagram and designs not compared. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePaths } from '../../src/batch/analyze.js';
import { type ChangeReview, type ChangeSide, reviewChange } from '../../src/diff/change-review.js';
import { formatDiffMarkdown, MAX_MARKDOWN_CHARACTERS } from '../../src/diff/formats/diff-markdown.js';
import { displayPath } from '../../src/util/display-path.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const SHOP = [
    'architecture Shop {',
    '  requirements { peak_rps: 1000 }',
    '  client Web',
    '  service Api "Shop API" { replicas: 2 }',
    '  database Db { engine: postgres, replicas: 2, failover: auto, backup: { mode: pitr } }',
    '  storage Photos { engine: s3 }',
    '  Web -> Api : https',
    '  Api -> Db : sql',
    '  Api -> Photos : https',
    '}',
    ''
].join('\n');

/** One of each: Hot added, Photos removed, Db renamed Store, Api changed; Api->Hot added, Api->Photos removed, Web->Api changed. */
const REVISED = SHOP
    .replace('{ replicas: 2 }', '{ replicas: 3 }')
    .replace('database Db', 'database Store')
    .replace('Api -> Db', 'Api -> Store')
    .replace('  storage Photos { engine: s3 }\n', '  cache Hot { engine: redis }\n')
    .replace('  Api -> Photos : https\n', '  Api -> Hot : redis\n')
    .replace('Web -> Api : https', 'Web -> Api : https { timeout: 2s }');

const ALLOWED_TAGS = new Set(['details', '/details', 'summary', '/summary']);

/** The text outside fenced blocks, and whether every fence was closed. */
function outsideFences(markdown: string): { readonly text: string; readonly closed: boolean } {
    const kept: string[] = [];
    let fence: string | undefined;
    for (const line of markdown.split('\n')) {
        const opening = /^(`{3,})/.exec(line)?.[1];
        if (fence === undefined && opening !== undefined) {
            fence = opening;
        } else if (fence !== undefined && line.startsWith(fence) && line.slice(fence.length).trim() === '') {
            fence = undefined;
        } else if (fence === undefined) {
            kept.push(line);
        }
    }
    return { text: kept.join('\n'), closed: fence === undefined };
}

/** Whether the character at `index` is escaped by an odd run of backslashes before it. */
function escapedAt(text: string, index: number): boolean {
    let backslashes = 0;
    for (let at = index - 1; at >= 0 && text[at] === '\\'; at--) {
        backslashes++;
    }
    return backslashes % 2 === 1;
}

/** Every HTML tag (or comment) that Markdown would pass through raw, outside fenced blocks; the empty comment that breaks a mention (`@<!-- -->team`) is the format's own. */
function rawTags(markdown: string): string[] {
    const text = outsideFences(markdown).text.replace(/(?<=[@#])<!-- -->/g, '');
    const tags: string[] = [];
    for (const match of text.matchAll(/<(\/?[A-Za-z][A-Za-z0-9-]*|!--)/g)) {
        if (!escapedAt(text, match.index)) {
            tags.push(match[1].toLowerCase());
        }
    }
    return tags;
}

/** The cells of a table line: split at the pipes no backslash escapes. */
function cellsOf(line: string): string[] {
    const cells: string[] = [];
    let start = 0;
    for (let index = 0; index < line.length; index++) {
        if (line[index] === '|' && !escapedAt(line, index)) {
            cells.push(line.slice(start, index));
            start = index + 1;
        }
    }
    cells.push(line.slice(start));
    // A row starts and ends with a pipe: nothing before the first, nothing after the last.
    return cells.slice(1, -1).map((cell) => cell.trim());
}

/** The lines of the table under a heading (`### Findings introduced`). */
function tableUnder(markdown: string, heading: string): string[] {
    const lines = markdown.split('\n');
    const start = lines.indexOf(heading);
    expect(start, heading).to.be.greaterThan(-1);
    const first = lines.findIndex((line, index) => index > start && line.startsWith('|'));
    const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));
    return lines.slice(first, end < 0 ? lines.length : end);
}

/** Well-formed for a comment: fences closed, `<details>` balanced and nested, no raw HTML but ours, every table row four cells. */
function expectWellFormed(markdown: string): void {
    const { closed } = outsideFences(markdown);
    expect(closed, 'every fence closed').to.equal(true);
    let depth = 0;
    for (const tag of rawTags(markdown)) {
        expect(ALLOWED_TAGS.has(tag), `raw <${tag}>`).to.equal(true);
        depth += tag === 'details' ? 1 : tag === '/details' ? -1 : 0;
        expect(depth, 'a </details> closing nothing').to.be.at.least(0);
    }
    expect(depth, 'every <details> closed').to.equal(0);
    for (const line of outsideFences(markdown).text.split('\n').filter((candidate) => candidate.startsWith('|'))) {
        expect(cellsOf(line), line).to.have.length(4);
    }
}

describe('diff Markdown', function () {
    this.timeout(120_000);
    const folder = useTempFolder('archlens-diff-markdown-', { perTest: true });

    async function sideOf(label: string, files: Readonly<Record<string, string>>): Promise<ChangeSide> {
        const cwd = folder();
        for (const [name, text] of Object.entries(files)) {
            fs.mkdirSync(path.join(cwd, label), { recursive: true });
            fs.writeFileSync(path.join(cwd, label, name), text);
        }
        return { label, analysis: await analyzePaths([label], { cwd }), show: (uri) => displayPath(uri, cwd) };
    }

    async function reviewOf(base: Readonly<Record<string, string>>, head: Readonly<Record<string, string>>): Promise<ChangeReview> {
        return reviewChange(await sideOf('base', base), await sideOf('head', head));
    }

    async function markdownOf(base: string, head: string): Promise<string> {
        return formatDiffMarkdown(await reviewOf({ 'shop.arch': base }, { 'shop.arch': head }));
    }

    describe('the header', () => {
        it('counts what changed, the findings and the moved estimates', async () => {
            const review = await reviewOf({ 'shop.arch': SHOP }, { 'shop.arch': REVISED });
            const markdown = formatDiffMarkdown(review);
            const { introduced, fixed, remaining } = review.findings;
            expect([introduced.length, fixed.length, remaining.length]).to.deep.equal([0, 0, 4]);
            expect(markdown.split('\n').slice(0, 9).join('\n')).to.equal([
                '## ArchLens: what this change does to the design',
                '',
                '`base` → `head`',
                '',
                '- 1 added, 1 removed, 1 renamed, 1 changed components',
                '- 1 added, 1 removed, 1 changed connections',
                '- **0 findings introduced**, 0 fixed, 4 remaining',
                '- 3 estimates moved',
                ''
            ].join('\n'));
            expectWellFormed(markdown);
        });

        it('lists each change of the design once, in order', async () => {
            const markdown = await markdownOf(SHOP, REVISED);
            const section = markdown.slice(markdown.indexOf('### Design Shop (changed)'), markdown.indexOf('Estimates that moved:'));
            expect(section.trim().split('\n')).to.deep.equal([
                '### Design Shop (changed)',
                '',
                '- added cache **Hot**',
                '- removed storage **Photos**',
                '- renamed database **Db** to **Store**',
                '- changed service **Api**: replicas 2 → 3',
                '- added connection `Api->Hot`',
                '- removed connection `Api->Photos`',
                '- changed connection `Web->Api`: timeout unset → 2s'
            ]);
        });

        it('says when nothing changed', async () => {
            const markdown = await markdownOf(SHOP, SHOP);
            expect(markdown).to.contain('- 0 added, 0 removed, 0 renamed, 0 changed components\n- 0 added, 0 removed, 0 changed connections\n');
            expect(markdown).to.contain('The designs did not change.');
            expect(markdown).to.not.contain('### Design');
            expect(markdown).to.not.contain('estimates moved');
            expectWellFormed(markdown);
        });

        it('counts the introduced findings at error and the estimates moved for the worse', async () => {
            const head = SHOP.replace('{ replicas: 2 }', '{ replicas: 2, capacity_rps: 1000 }').replace('peak_rps: 1000', 'peak_rps: 5000');
            const review = await reviewOf({ 'shop.arch': SHOP }, { 'shop.arch': head });
            const errors = review.findings.introduced.filter((finding) => finding.severity === 'error');
            expect(errors.map((finding) => finding.rule)).to.deep.equal(['scale/over-capacity']);
            const markdown = formatDiffMarkdown(review);
            expect(markdown).to.contain(`- **${review.findings.introduced.length} findings introduced** (1 at error), 0 fixed, ${review.findings.remaining.length} remaining\n`);
            expect(markdown).to.match(/^- 1 estimate moved, 1 for the worse$/m);
        });
    });

    describe('the findings tables', () => {
        it('lists the introduced findings, one row each, with the head file and line', async () => {
            const head = SHOP.replace(', backup: { mode: pitr }', '').replace('peak_rps: 1000', 'peak_rps: 5000');
            const markdown = await markdownOf(SHOP, head);
            expect(markdown).to.contain('- **2 findings introduced**, 0 fixed, 4 remaining\n');
            expect(tableUnder(markdown, '### Findings introduced')).to.deep.equal([
                '| Severity | Rule | Where | Finding |',
                '| --- | --- | --- | --- |',
                '| info | `scale/no-autoscaling` | `head/shop.arch:4` Api | The design expects a peak of 5k requests/s, and service Api takes client traffic on 2 replicas with no autoscale: how does it absorb the peak, or a spike beyond it? |',
                '| warning | `dr/no-backup` | `head/shop.arch:5` Db | database Db has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds. |'
            ]);
            expect(markdown).to.not.contain('### Findings fixed');
            expectWellFormed(markdown);
        });

        it('lists the fixed findings with the base file, and folds the remaining ones', async () => {
            const head = SHOP.replace(', backup: { mode: pitr }', '');
            const markdown = await markdownOf(head, SHOP);
            expect(tableUnder(markdown, '### Findings fixed')).to.deep.equal([
                '| Severity | Rule | Where | Finding |',
                '| --- | --- | --- | --- |',
                '| warning | `dr/no-backup` | `base/shop.arch:5` Db | database Db has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds. |'
            ]);
            expect(markdown).to.contain('<details><summary>4 findings remaining</summary>\n\n| Severity | Rule | Where | Finding |\n');
            expect(markdown).to.not.contain('### Findings introduced');
        });

        it('says what a remaining finding matched through a rename or a wider decision was about', async () => {
            const markdown = await markdownOf(SHOP, REVISED);
            const rows = markdown.split('\n').filter((line) => line.startsWith('| info | `sec/exposed-data-store`'));
            expect(rows).to.have.length(1);
            expect(rows[0]).to.match(/ _\(was about Db\)_ \|$/);
        });
    });

    describe('hostile text', () => {
        /** A connection description the review quotes in a finding, and a title: both written to break the comment. */
        const HOSTILE = 'into each follower\'s feed | a | b `code` <script>alert(1)</script> </details> <!-- @everyone @org/team\\nsecond line | c';
        const SOCIAL = [
            'architecture Social {',
            '  requirements { peak_rps: 1000 }',
            '  client App',
            '  service Posts "Posts" { replicas: 2 }',
            '  worker Fanout',
            '  database Timelines { engine: redis }',
            '  App -> Posts : https',
            '  Posts -> Fanout : async',
            '  Fanout -> Timelines { access: writes, description: "plain writes" }',
            '}',
            ''
        ].join('\n');
        const HOSTILE_SOCIAL = SOCIAL
            .replace('plain writes', HOSTILE)
            .replace('service Posts "Posts"', 'service Posts "P|o`s<script>t</details>s @everyone <img src=x onerror=alert(1)>"');

        it('escapes titles, descriptions and messages so that no raw HTML reaches the comment', async () => {
            const review = await reviewOf({ 'social.arch': SOCIAL }, { 'social.arch': HOSTILE_SOCIAL });
            expect(review.head.analysis.findings.filter((finding) => finding.rule === 'syntax' || finding.rule.startsWith('meta/'))).to.deep.equal([]);
            // The review quotes the hostile description in the finding it introduces.
            expect(review.findings.introduced.map((finding) => finding.rule)).to.deep.equal(['scale/celebrity-fanout']);
            expect(review.findings.introduced[0].message).to.contain('<script>alert(1)</script>');
            const markdown = formatDiffMarkdown(review);
            expect(markdown).to.not.contain('<script>');
            expect(markdown).to.not.match(/(?<!\\)<img/i);
            expect(rawTags(markdown).filter((tag) => !ALLOWED_TAGS.has(tag))).to.deep.equal([]);
            expect(rawTags(markdown)).to.deep.equal(['details', 'summary', '/summary', '/details', 'details', 'summary', '/summary', '/details']);
            expectWellFormed(markdown);
        });

        it('keeps the finding on one table row of four cells, the line break in the description folded', async () => {
            const markdown = await markdownOf(SOCIAL, HOSTILE_SOCIAL);
            const table = tableUnder(markdown, '### Findings introduced');
            expect(table).to.have.length(3);
            const cells = cellsOf(table[2]);
            expect(cells.slice(0, 3)).to.deep.equal(['info', '`scale/celebrity-fanout`', '`head/shop.arch:5` Fanout']);
            expect(cells[3]).to.contain('("into each follower\'s feed \\| a \\| b \\`code\\` \\<script\\>alert(1)\\</script\\> \\</details\\> \\<!-- @<!-- -->everyone @<!-- -->org/team second line \\| c")');
        });

        it('cuts a message that quotes a huge description, so the comment stays under the limit (regression: 130,936 characters)', async () => {
            const markdown = await markdownOf(SOCIAL, SOCIAL.replace('plain writes', `into each follower's feed ${'<b>x</b> '.repeat(10_000)}`));
            expect(markdown.length).to.be.at.most(60_000);
            expect(markdown).to.contain('… (cut: the JSON format has all of it)');
            expectWellFormed(markdown);
        });

        it('keeps each changed title and description on its own list item', async () => {
            const markdown = await markdownOf(SOCIAL, HOSTILE_SOCIAL);
            const section = markdown.slice(markdown.indexOf('### Design Social (changed)'), markdown.indexOf('<details><summary>Diagram'));
            expect(section.trim().split('\n')).to.deep.equal([
                '### Design Social (changed)',
                '',
                '- changed service **Posts**: title Posts → P|o\\`s\\<script\\>t\\</details\\>s @<!-- -->everyone \\<img src=x onerror=alert(1)\\>',
                '- changed connection `Fanout->Timelines`: description plain writes → into each follower\'s feed | a | b \\`code\\` \\<script\\>alert(1)\\</script\\> \\</details\\> \\<!-- @<!-- -->everyone @<!-- -->org/team second line | c'
            ]);
        });

        it('keeps hostile text out of the diagram\'s Markdown: the fence holds, and the labels are entity-coded', async () => {
            const markdown = await markdownOf(SOCIAL, HOSTILE_SOCIAL);
            const diagram = markdown.slice(markdown.indexOf('```mermaid'));
            expect(diagram).to.contain('P#124;o#96;s#60;script#62;t#60;/details#62;s');
            expect(diagram).to.not.contain('<script');
            expect(outsideFences(markdown).closed).to.equal(true);
        });

        it('holds a code span around a label with backticks and pipes', async () => {
            const review = reviewChange(
                { ...(await sideOf('base', { 'shop.arch': SHOP })), label: 'git:main`|<b>x</b>' },
                await sideOf('head', { 'shop.arch': REVISED })
            );
            const markdown = formatDiffMarkdown(review);
            expect(markdown.split('\n')[2]).to.equal('`` git:main`|<b>x</b> `` → `head`');
        });
    });

    describe('a huge change', () => {
        /** A gateway in front of 200 services, each with its own database: 402 components, 401 connections. */
        function fleet(head: boolean): string {
            const lines = ['architecture Fleet {', '  requirements { peak_rps: 1000 }', '  client Web', '  gateway Gw { replicas: 2 }', '  Web -> Gw : https'];
            for (let index = 0; index < 200; index++) {
                const id = String(index).padStart(3, '0');
                lines.push(
                    head ? `  service OrderProcessingService${id} "Order processing, shard ${id}" { replicas: 3, owner: payments_team }` : `  service OrderProcessingService${id} "Order processing, shard ${id}" { replicas: 2, owner: orders_team }`,
                    head ? `  database OrderLedgerDatabase${id} { engine: mysql, replicas: 3 }` : `  database OrderLedgerDatabase${id} { engine: postgres, replicas: 2 }`,
                    `  Gw -> OrderProcessingService${id} : https${head ? ' { timeout: 2s, retries: 3 }' : ''}`,
                    `  OrderProcessingService${id} -> OrderLedgerDatabase${id} : sql${head ? ' { timeout: 1s, retries: 2 }' : ''}`
                );
            }
            lines.push('}', '');
            return lines.join('\n');
        }

        it('stays under the comment limit, folded and cut, and still well formed', async () => {
            const review = await reviewOf({ 'fleet.arch': fleet(false) }, { 'fleet.arch': fleet(true) });
            const [change] = review.designs;
            expect([change.diff.components.changed.length, change.diff.connections.changed.length]).to.deep.equal([400, 400]);
            const markdown = formatDiffMarkdown(review);
            expect(markdown.length).to.be.at.most(MAX_MARKDOWN_CHARACTERS);
            expect(MAX_MARKDOWN_CHARACTERS).to.equal(60_000);
            expect(markdown).to.contain('- 0 added, 0 removed, 0 renamed, 400 changed components\n- 0 added, 0 removed, 400 changed connections\n');
            expect(markdown).to.contain('<details><summary>800 changes</summary>\n\n- changed database **OrderLedgerDatabase000**: engine postgres → mysql; replicas 2 → 3\n');
            const listed = markdown.split('\n').filter((line) => line.startsWith('- changed '));
            expect(listed.length).to.be.below(800);
            expect(markdown).to.contain(`\n- … and ${800 - listed.length} more\n`);
            expectWellFormed(markdown);
        });

        it('leaves out whole designs, saying how many, when cutting lists is not enough', async () => {
            // Eighty designs of ten services and ten databases, each component changed: even ten changes a design do not fit.
            const designs = Array.from({ length: 80 }, (_, index) => fleet(false).replace('architecture Fleet', `architecture Fleet${index}`).split('\n').slice(0, 5 + 4 * 10).concat(['}', '']).join('\n'));
            const heads = designs.map((text) => text.replace(/replicas: 2 \}/g, 'replicas: 4 }').replace(/engine: postgres/g, 'engine: mysql'));
            const review = await reviewOf(
                Object.fromEntries(designs.map((text, index) => [`fleet-${index}.arch`, text])),
                Object.fromEntries(heads.map((text, index) => [`fleet-${index}.arch`, text]))
            );
            expect(review.designs.filter((change) => change.diff.status === 'changed')).to.have.length(80);
            const markdown = formatDiffMarkdown(review);
            expect(markdown.length).to.be.at.most(MAX_MARKDOWN_CHARACTERS);
            const shown = markdown.split('\n').filter((line) => /^### Design Fleet\d+ \(changed\)$/.test(line)).length;
            expect(shown).to.be.within(1, 79);
            expect(markdown).to.contain(`… and ${80 - shown} more changed designs, left out to keep this comment under 60,000 characters: run \`archlens diff --format json\` for all of it.`);
            expect(markdown).to.contain('_Diagrams left out to keep this comment short._');
            expect(markdown).to.not.contain('```mermaid');
            expectWellFormed(markdown);
        });
    });

    describe('the diagram', () => {
        it('marks what was added, changed, renamed and removed in a small change', async () => {
            const markdown = await markdownOf(SHOP, REVISED);
            expect(markdown).to.contain('<details><summary>Diagram: added in green, changed in blue, removed dashed in red</summary>\n\n```mermaid\nflowchart LR\n');
            const diagram = markdown.slice(markdown.indexOf('```mermaid'), markdown.lastIndexOf('```') + 3).split('\n');
            expect(diagram).to.include.members([
                '  classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#1e1e1e',
                '  class n_Hot added',
                '  classDef changed fill:#ddf4ff,stroke:#0969da,stroke-width:3px,color:#1e1e1e',
                '  class n_Api,n_Store changed',
                '  r_Photos["Photos<br/>storage · removed"]',
                '  n_Api -. removed .-> r_Photos',
                '  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#57606a',
                '  class r_Photos removed'
            ]);
            // Web->Api changed (edge 0), Api->Hot added (edge 2), and the removed edge drawn after the three of the head.
            expect(diagram.filter((line) => line.startsWith('  linkStyle'))).to.deep.equal([
                '  linkStyle 0 stroke:#0969da,stroke-width:3px',
                '  linkStyle 2 stroke:#1a7f37,stroke-width:3px',
                '  linkStyle 3 stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5'
            ]);
            expect(diagram[diagram.length - 1]).to.equal('```');
            expectWellFormed(markdown);
        });

        it('has no diagram when nothing changed', async () => {
            expect(await markdownOf(SHOP, SHOP)).to.not.contain('```mermaid');
        });
    });

    describe('a design that does not parse', () => {
        it('says it was not compared at head, and lists only its syntax errors', async () => {
            const broken = REVISED.replace('service Api "Shop API" {', 'service Api "Shop API" {{');
            const review = await reviewOf({ 'shop.arch': SHOP }, { 'shop.arch': broken });
            expect(review.designs.map((change) => [change.diff.design, change.unparsed])).to.deep.equal([['Shop', ['head']]]);
            const markdown = formatDiffMarkdown(review);
            expect(markdown).to.contain('- 0 added, 0 removed, 0 renamed, 0 changed components\n- 0 added, 0 removed, 0 changed connections\n- **1 finding introduced** (1 at error), 0 fixed, 0 remaining\n');
            expect(tableUnder(markdown, '### Findings introduced')).to.deep.equal([
                '| Severity | Rule | Where | Finding |',
                '| --- | --- | --- | --- |',
                '| **error** | `syntax` | `head/shop.arch:4` | Expected \'}\' but found \'{\'. |'
            ]);
            expect(markdown).to.contain('### Design Shop\n\nnot compared: it does not parse at head; fix its syntax errors (listed with the findings) to see what changed.\n');
            expect(markdown).to.not.contain('```mermaid');
            expect(markdown).to.not.contain('### Design Shop (');
            expectWellFormed(markdown);
        });

        it('says so for the base too', async () => {
            const broken = SHOP.replace('service Api "Shop API" {', 'service Api "Shop API" {{');
            const markdown = await markdownOf(broken, REVISED);
            expect(markdown).to.contain('not compared: it does not parse at base; fix its syntax errors');
            expect(tableUnder(markdown, '### Findings fixed')[2]).to.match(/^\| \*\*error\*\* \| `syntax` \| `base\/shop\.arch:4` \| /);
        });
    });
});
