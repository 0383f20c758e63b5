/** Practice history for the terminal: one line per attempt, then the sections kept missing. */
import { terminalText } from '../util/escape/terminal.js';
import type { PracticeHistory } from './history.js';

export function historyText(history: PracticeHistory): string {
    if (history.attempts.length === 0) {
        return 'No practice attempts here yet: start one with `archlens practice start <prompt>`.\n';
    }
    const lines = history.attempts.map((entry) => {
        const sections = entry.sections.map((section) => `${section.section} ${section.earned}/${section.possible}`).join(', ');
        return `${entry.started.slice(0, 16).replace('T', ' ')}  ${entry.prompt.padEnd(20)} ${entry.score === undefined ? '  —' : String(entry.score).padStart(3)}  ${entry.file}${sections ? `\n    ${sections}` : ''}`;
    });
    const weak = history.weakSections.length > 0
        ? ['', 'Sections you keep missing (below half their points):', ...history.weakSections.map((section) => `  ${section.title}: in ${section.missedIn} of ${section.scoredIn} scored attempts`)]
        : [];
    return `${[...lines, ...weak].flatMap((line) => line.split('\n')).map(terminalText).join('\n')}\n`;
}
