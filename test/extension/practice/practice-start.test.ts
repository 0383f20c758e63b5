/** Starting a practice outside VS Code's API: the file's name, the command's argument, the quick pick, the twist text. */
import { expect } from 'chai';
import { candidateName, freeFileName } from '../../../src/extension/practice/practice-file-name.js';
import { firstSentence, promptItem, promptItems } from '../../../src/extension/practice/prompt-items.js';
import { readStartOptions } from '../../../src/extension/practice/start-options.js';
import { twistInsertion } from '../../../src/extension/practice/twist-text.js';
import { revealedTwists, twistComment } from '../../../src/practice/practice-file.js';
import type { PracticePrompt } from '../../../src/practice/prompt.js';
import { requirePrompt } from '../../../src/practice/prompt-library.js';

const urlShortener = requirePrompt('url-shortener').prompt;

describe('practice file name', () => {
    it('is <prompt>.arch, then <prompt>-2.arch, -3, … past the files already there', async () => {
        expect(candidateName('url-shortener', 1)).to.equal('url-shortener.arch');
        expect(candidateName('url-shortener', 2)).to.equal('url-shortener-2.arch');
        const taken = new Set<string>();
        const exists = async (name: string): Promise<boolean> => taken.has(name);
        expect(await freeFileName('chat', exists)).to.equal('chat.arch');
        taken.add('chat.arch');
        expect(await freeFileName('chat', exists)).to.equal('chat-2.arch');
        taken.add('chat-2.arch').add('chat-4.arch');
        expect(await freeFileName('chat', exists)).to.equal('chat-3.arch');
    });

    it('gives up rather than loop for ever', async () => {
        let asked = 0;
        const always = async (): Promise<boolean> => (asked++, true);
        await freeFileName('chat', always).then(() => expect.fail('found a name'), (error: Error) => expect(error.message).to.match(/1000 attempts of chat/));
        expect(asked).to.equal(1000);
    });
});

describe('practice start options', () => {
    it('takes nothing, a prompt, minutes (fractions too)', () => {
        expect(readStartOptions(undefined)).to.deep.equal({});
        expect(readStartOptions(null)).to.deep.equal({});
        expect(readStartOptions({})).to.deep.equal({});
        expect(readStartOptions({ prompt: 'url-shortener', minutes: 0.05 })).to.deep.equal({ prompt: 'url-shortener', minutes: 0.05 });
        expect(readStartOptions({ minutes: 240 })).to.deep.equal({ minutes: 240 });
    });

    it('refuses what is not a prompt id or a usable length', () => {
        for (const bad of ['url-shortener', 42, [{ prompt: 'x' }], { prompt: 7 }, { minutes: 0 }, { minutes: -1 }, { minutes: 241 }, { minutes: Number.NaN }, { minutes: Infinity }, { minutes: '45' }]) {
            expect(readStartOptions(bad), JSON.stringify(bad)).to.be.a('string');
        }
    });
});

describe('practice quick pick', () => {
    it('labels a prompt with its title, difficulty and length, tags and first sentence', () => {
        const item = promptItem(urlShortener);
        expect(item.id).to.equal('url-shortener');
        expect(item.label).to.equal('URL shortener');
        expect(item.description).to.equal(`easy · ${urlShortener.minutes} min`);
        expect(item.detail).to.equal(`${urlShortener.tags.join(', ')} — ${firstSentence(urlShortener.statement)}`);
        expect(item.detail).not.to.contain('Links are public');
    });

    it('takes the first sentence only, whitespace folded', () => {
        expect(firstSentence('Design a chat.  It has groups.')).to.equal('Design a chat.');
        expect(firstSentence('Handle 1.5k writes a second\nfrom phones. Then more.')).to.equal('Handle 1.5k writes a second from phones.');
        expect(firstSentence('No full stop')).to.equal('No full stop');
    });

    it('lists easy prompts first, then by title', () => {
        const prompt = (id: string, title: string, difficulty: PracticePrompt['difficulty']): PracticePrompt => ({ ...urlShortener, id, title, difficulty });
        const items = promptItems([prompt('c', 'Chat', 'hard'), prompt('b', 'Paste bin', 'easy'), prompt('a', 'Feed', 'medium'), prompt('d', 'Cache', 'easy')]);
        expect(items.map((item) => item.id)).to.deep.equal(['d', 'b', 'a', 'c']);
    });
});

describe('twist text', () => {
    const [twist] = urlShortener.twists;

    it('appends the twist comment after a blank line, however the file ends', () => {
        expect(twistInsertion('architecture A {\n}\n', twist)).to.equal(`\n${twistComment(twist)}\n`);
        expect(twistInsertion('architecture A {\n}', twist)).to.equal(`\n\n${twistComment(twist)}\n`);
        expect(twistInsertion('architecture A {\n}\n\n', twist)).to.equal(`${twistComment(twist)}\n`);
        expect(twistInsertion('', twist)).to.equal(`${twistComment(twist)}\n`);
    });

    it('is read back as revealed, and never written twice', () => {
        const text = `architecture A {\n}\n${twistInsertion('architecture A {\n}\n', twist) ?? ''}`;
        expect(revealedTwists(text)).to.deep.equal([twist.id]);
        expect(twistInsertion(text, twist)).to.equal(undefined);
    });
});
