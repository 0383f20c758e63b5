/** The session kept in the workspace's state: read back only when whole, dropped a day after its time ran out. */
import { expect } from 'chai';
import { isStale, readStoredSession, type StoredSession } from '../../../src/extension/practice/stored-session.js';

const STORED: StoredSession = { uri: 'file:///w/url-shortener.arch', root: '/w', attempt: '20261203-140000', prompt: 'url-shortener', minutes: 45, startedAt: Date.UTC(2026, 11, 3, 14) };

describe('stored practice session', () => {
    it('reads back what was stored', () => {
        expect(readStoredSession(JSON.parse(JSON.stringify(STORED)))).to.deep.equal(STORED);
        expect(readStoredSession({ ...STORED, minutes: 0.05 })).to.deep.equal({ ...STORED, minutes: 0.05 });
    });

    it('drops anything else', () => {
        for (const bad of [undefined, null, 'session', 42, {}, { ...STORED, uri: '' }, { ...STORED, prompt: 7 }, { ...STORED, minutes: 0 }, { ...STORED, startedAt: Number.NaN }, { ...STORED, root: undefined }]) {
            expect(readStoredSession(bad), JSON.stringify(bad)).to.equal(undefined);
        }
    });

    it('is stale a day after its time ran out', () => {
        const ended = STORED.startedAt + 45 * 60_000;
        expect(isStale(STORED, STORED.startedAt + 60_000)).to.equal(false);
        expect(isStale(STORED, ended + 24 * 60 * 60_000)).to.equal(false);
        expect(isStale(STORED, ended + 24 * 60 * 60_000 + 1)).to.equal(true);
    });
});
