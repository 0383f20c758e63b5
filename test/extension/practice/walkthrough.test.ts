/** The practice walkthrough (package.json `contributes.walkthroughs`): its media ship, and its buttons run the extension's commands. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../../src/extension/identifiers.js';
import { ROOT } from '../../practice/practice-designs.js';

interface Step {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly media: { readonly markdown?: string };
    readonly completionEvents?: readonly string[];
}

interface Manifest {
    readonly files: readonly string[];
    readonly contributes: { readonly walkthroughs: readonly { readonly id: string; readonly title: string; readonly steps: readonly Step[] }[] };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const commands = new Set<string>(Object.values(COMMANDS));

/** A `files` entry of package.json matches the path (`dir/*.ext` or an exact path or folder). */
function packaged(file: string): boolean {
    return manifest.files.some((entry) => entry.includes('*')
        ? path.dirname(entry) === path.dirname(file) && file.endsWith(path.basename(entry).replace(/^\*/, ''))
        : file === entry || file.startsWith(`${entry}/`));
}

describe('practice walkthrough', () => {
    const walkthrough = manifest.contributes.walkthroughs.find((candidate) => candidate.id === 'practice');

    it('teaches the flow in its six steps', () => {
        expect(walkthrough?.title).to.equal('Practise a system-design interview');
        expect(walkthrough?.steps.map((step) => step.id)).to.deep.equal(['start', 'requirements', 'design', 'twist', 'finish', 'history']);
    });

    it('shows a Markdown page per step that exists and is packaged', () => {
        for (const step of walkthrough?.steps ?? []) {
            const media = step.media.markdown ?? '';
            expect(media, step.id).to.match(/^media\/walkthrough\/[a-z-]+\.md$/);
            expect(fs.existsSync(path.join(ROOT, media)), media).to.equal(true);
            expect(packaged(media), `${media} is not in package.json's files`).to.equal(true);
            expect(fs.readFileSync(path.join(ROOT, media), 'utf8'), media).to.match(/^# \S/);
        }
    });

    it('links and completes only on commands the extension contributes', () => {
        const linked = (walkthrough?.steps ?? []).flatMap((step) => [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((match) => match[1]));
        const completing = (walkthrough?.steps ?? []).flatMap((step) => (step.completionEvents ?? []).map((event) => event.replace(/^onCommand:/, '')));
        expect(linked).to.include.members([COMMANDS.practiceStart, COMMANDS.practiceRevealTwist, COMMANDS.practiceFinish]);
        expect([...linked, ...completing].filter((command) => !commands.has(command))).to.deep.equal([]);
    });
});
