/**
 * The diff summary beside the diagram in the compare view: a title, the
 * counts, and a section per kind of change, every text set as
 * `textContent` (a design's names and a finding's words never become
 * markup). An empty summary hides the panel, so the plain preview is as it
 * was.
 */
import type { ChangeSummary } from '../diff/change-summary-types.js';
import { element } from './dom.js';

export const WITH_SUMMARY_CLASS = 'with-summary';

export function showSummary(panel: HTMLElement, stage: HTMLElement, summary: ChangeSummary | undefined): void {
    stage.classList.toggle(WITH_SUMMARY_CLASS, summary !== undefined);
    panel.hidden = summary === undefined;
    if (!summary) {
        panel.replaceChildren();
        return;
    }
    const parts: HTMLElement[] = [element('h2', {}, summary.title)];
    const facts = element('ul', { class: 'facts' });
    facts.append(...summary.facts.map((fact) => element('li', {}, fact)));
    parts.push(facts);
    for (const section of summary.sections) {
        const list = element('ul', { class: 'items' });
        list.append(...section.items.map((item) => element('li', { class: `tone-${item.tone}` }, item.text)));
        parts.push(element('h3', {}, section.heading), list);
    }
    if (summary.sections.length === 0) {
        parts.push(element('p', { class: 'placeholder' }, 'The design did not change.'));
    }
    panel.replaceChildren(...parts);
}
