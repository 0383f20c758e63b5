/** The comments that make a file a practice attempt, and the file `start` writes. */
import { expect } from 'chai';
import { reviewText } from '../../src/practice/analyze-text.js';
import { designName, readHeader, revealedTwists, startFileText, twistComment } from '../../src/practice/practice-file.js';
import { requirePrompt } from '../../src/practice/prompt-library.js';

describe('practice file comments', () => {
    const prompt = requirePrompt('url-shortener').prompt;

    it('reads the header start wrote, with or without an attempt', () => {
        expect(readHeader('// ArchLens practice: url-shortener attempt 20261203-140500 (45 minutes)\n')).to.deep.equal({ prompt: 'url-shortener', attempt: '20261203-140500' });
        expect(readHeader('\n  //ArchLens practice: chat\narchitecture A {}')).to.deep.equal({ prompt: 'chat', attempt: undefined });
        expect(readHeader('// practice: chat')).to.equal(undefined);
    });

    it('writes a twist as comment lines that read back as revealed', () => {
        const comment = twistComment(prompt.twists[0]);
        expect(comment.split('\n').every((line) => line.startsWith('// ') && line.length <= 81)).to.equal(true);
        expect(revealedTwists(`architecture A {}\n${comment}\n`)).to.deep.equal([prompt.twists[0].id]);
        expect(revealedTwists('// a twist (viral-link) mentioned in passing')).to.deep.equal([]);
    });

    it('starts a file that parses, names the design after the prompt and holds the statement as comments', async () => {
        const text = startFileText(prompt, '20261203-140500', 30);
        expect(designName(prompt)).to.equal('UrlShortener');
        expect(text).to.contain('\narchitecture UrlShortener_20261203_140500 "URL shortener" {\n');
        expect(readHeader(text)).to.deep.equal({ prompt: 'url-shortener', attempt: '20261203-140500' });
        expect(text).to.contain('// Scale:\n//   - 100 million new links a month.');
        const reviewed = await reviewText(text, 'file:///practice-file/url-shortener.arch');
        expect(reviewed?.design.name).to.equal('UrlShortener_20261203_140500');
        expect(reviewed?.languageErrors).to.deep.equal([]);
    });
});
