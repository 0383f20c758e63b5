/**
 * A one-decision finding in the editor: a diagnostic with every element it
 * covers as related information, and a hover that names them; an assumed
 * finding's hover lists what it assumed and the property that settles each.
 */
import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import { findingsHover, HOVER_RELATED_SHOWN } from '../../../src/language/lsp/finding-hover.js';
import type { ReviewFinding } from '../../../src/review/review.js';
import { buildWorkspace } from '../../helpers/workspace.js';

const URI = 'file:///workspace/test.arch';
const RANGE = { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } };
const INSIDE = { line: 1, character: 4 };

function finding(extra: Partial<ReviewFinding>): ReviewFinding {
    return { rule: 'scale/over-capacity', severity: 'info', section: 'scaling', message: 'Is it enough?', uri: URI, range: RANGE, design: 'T', element: 'Api', suppressed: false, ...extra };
}

function related(element: string, line: number) {
    return { uri: URI, range: { start: { line, character: 2 }, end: { line, character: 2 + element.length } }, message: `${element}: plain tcp`, element };
}

describe('findings in the editor', () => {
    it('give a one-decision finding every element it covers as related information', async () => {
        // No database states a backup: one backup-policy finding on the design, listing both.
        const workspace = await buildWorkspace('architecture T {\n  service A\n  database B\n  database C\n  A -> B\n  A -> C\n}');
        const diagnostic = workspace.diagnostics().find((candidate) => candidate.code === 'dr/no-backup');
        expect(diagnostic?.range.start.line).to.equal(0);
        expect(diagnostic?.relatedInformation?.map((information) => `${information.location.range.start.line + 1}:${information.location.range.start.character + 1}`)).to.deep.equal(['3:12', '4:12']);
        expect(diagnostic?.relatedInformation?.map((information) => information.message)).to.satisfy((messages: string[]) => messages[0].includes('B') && messages[1].includes('C'));
        expect(diagnostic?.relatedInformation?.every((information) => information.location.uri.endsWith('/test.arch'))).to.equal(true);
    });

    it('hover: names the elements a one-decision finding covers', () => {
        const places = Array.from({ length: HOVER_RELATED_SHOWN + 2 }, (_, index) => related(`Svc${index}->Db`, 3 + index));
        const text = findingsHover([finding({ rule: 'sec/unencrypted-transport', related: places })], INSIDE) ?? '';
        expect(text).to.contain('*Also concerns:* `Svc0->Db`, `Svc1->Db`');
        expect(text).to.contain(`\`Svc${HOVER_RELATED_SHOWN - 1}->Db\` and 2 more`);
    });

    it('hover: lists each assumption once, with the property that would settle it, escaped', () => {
        const assumptions = [
            { element: 'Api', text: 'capacity of a service: 1,000 requests/s', settle: 'capacity_rps' },
            { text: 'a <b>hit</b> ratio of 80%', settle: 'hit_ratio' }
        ];
        const text = findingsHover([finding({ basis: 'assumed', assumptions }), finding({ basis: 'assumed', assumptions: [assumptions[0]] })], INSIDE) ?? '';
        expect(text).to.contain([
            '*Assumed (the design does not state these):*',
            '',
            '- `Api`: capacity of a service: 1,000 requests/s; set `capacity_rps` to settle it',
            '- a \\<b\\>hit\\</b\\> ratio of 80%; set `hit_ratio` to settle it'
        ].join('\n'));
        expect(new MarkdownIt({ html: true }).render(text)).to.not.contain('<b>');
    });

    it('hover: says nothing of assumptions or related places for a finding without them', () => {
        const text = findingsHover([finding({ basis: 'stated' })], INSIDE) ?? '';
        expect(text).to.contain('scale/over-capacity');
        expect(text).to.not.match(/Assumed|Also concerns/);
    });
});
