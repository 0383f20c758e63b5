/**
 * The editor's compare view, in words (pr-review.md, "In the editor"): for
 * one design of a change, what was added, removed, renamed and changed, the
 * estimates that moved and the findings introduced and fixed, as the plain
 * sections the view shows beside the marked diagram. Findings of the
 * design only; the counts say how many remain.
 */
import type { Finding } from '../model/finding.js';
import type { ChangeReview, DesignChange } from './change-review.js';
import type { ChangeSummary, SummaryItem, SummarySection } from './change-summary-types.js';
import { componentChanges, connectionChanges, plural, settingsChanges, unparsedText } from './formats/change-words.js';
import { moveText } from './formats/diff-text.js';

export function changeSummary(review: ChangeReview, change: DesignChange, title: string): ChangeSummary {
    const { diff } = change;
    const ofDesign = (finding: Finding): boolean => finding.design === diff.design;
    const introduced = review.findings.introduced.filter(ofDesign);
    const fixed = review.findings.fixed.filter(ofDesign);
    const remaining = review.findings.remaining.filter((item) => ofDesign(item.finding));
    const { components, connections } = diff;
    const facts = change.unparsed.length > 0
        ? [`${diff.design}: ${unparsedText(change.unparsed)}.`]
        : [
            `${diff.design}: ${diff.status}`,
            `components: ${components.added.length} added, ${components.removed.length} removed, ${components.renamed.length} renamed, ${components.changed.length} changed`,
            `connections: ${connections.added.length} added, ${connections.removed.length} removed, ${connections.changed.length} changed`
        ];
    facts.push(`findings: ${introduced.length} introduced, ${fixed.length} fixed, ${remaining.length} remaining`);
    const sections: SummarySection[] = [
        { heading: 'Changes', items: changeItems(change) },
        { heading: 'Estimates that moved', items: change.estimates.map((move) => ({ text: moveText(move), tone: move.worse ? 'warning' : 'neutral' })) },
        { heading: `${plural(introduced.length, 'finding')} introduced`, items: introduced.map(findingItem) },
        { heading: `${plural(fixed.length, 'finding')} fixed`, items: fixed.map((finding) => ({ ...findingItem(finding), tone: 'added' })) }
    ];
    return { title, facts, sections: sections.filter((section) => section.items.length > 0) };
}

function changeItems(change: DesignChange): SummaryItem[] {
    const { components, connections, settings } = change.diff;
    return [
        ...components.added.map((component): SummaryItem => ({ text: `added ${component.kind} ${component.name}`, tone: 'added' })),
        ...components.removed.map((component): SummaryItem => ({ text: `removed ${component.kind} ${component.name}`, tone: 'removed' })),
        ...components.renamed.map((rename): SummaryItem => ({ text: `renamed ${rename.kind} ${rename.from} to ${rename.to}`, tone: 'changed' })),
        ...components.changed.map((component): SummaryItem => ({ text: `${component.kind} ${component.name}: ${componentChanges(component)}`, tone: 'changed' })),
        ...connections.added.map((connection): SummaryItem => ({ text: `added ${connection.id}`, tone: 'added' })),
        ...connections.removed.map((connection): SummaryItem => ({ text: `removed ${connection.id}`, tone: 'removed' })),
        ...connections.changed.map((connection): SummaryItem => ({ text: `${connection.id}: ${connectionChanges(connection)}`, tone: 'changed' })),
        ...settings.map((block): SummaryItem => ({ text: `${block.block}: ${settingsChanges(block)}`, tone: 'changed' }))
    ];
}

function findingItem(finding: Finding): SummaryItem {
    const subject = finding.element ? `${finding.element}: ` : '';
    return { text: `${finding.severity} ${finding.rule} · ${subject}${finding.message}`, tone: finding.severity };
}
