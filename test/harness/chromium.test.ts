/**
 * The browser suites' prerequisite (test/helpers/chromium.ts): run with the
 * browser found, skip with one message saying what to install, fail in CI.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import { chromiumVerdict } from '../helpers/chromium.js';

type Environment = Record<string, string | undefined>;

/** Runs `work` with the variables set (undefined: removed), then puts them back. */
function withEnvironment<T>(variables: Environment, work: () => T): T {
    const saved: Environment = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
    const apply = (values: Environment): void => {
        for (const [name, value] of Object.entries(values)) {
            if (value === undefined) {
                delete process.env[name];
            } else {
                process.env[name] = value;
            }
        }
    };
    apply(variables);
    try {
        return work();
    } finally {
        apply(saved);
    }
}

const MISSING = '/nonexistent/chromium';

describe('the browser suites\' Chromium', () => {
    it('is the one ARCHLENS_CHROMIUM names when it exists', () => {
        expect(withEnvironment({ ARCHLENS_CHROMIUM: process.execPath }, chromiumVerdict)).to.deep.equal({ run: process.execPath });
    });

    it('is missing when ARCHLENS_CHROMIUM names a missing file: the suites skip, saying what to install', () => {
        expect(fs.existsSync(MISSING)).to.equal(false);
        const verdict = withEnvironment({ ARCHLENS_CHROMIUM: MISSING, CI: undefined }, chromiumVerdict);
        expect(verdict).to.deep.equal({
            skip: `skipping the browser tests (preview webview, report preview, SVG export, Mermaid render): this machine lacks a Chromium browser (looked at ${MISSING}): apt-get install chromium, or set ARCHLENS_CHROMIUM to a Chrome or Chromium binary`
        });
    });

    it('fails the suites when missing in CI, which must run them', () => {
        const verdict = withEnvironment({ ARCHLENS_CHROMIUM: MISSING, CI: 'true' }, chromiumVerdict);
        expect(verdict).to.have.property('fail').that.matches(/^CI is set, so the browser tests must run, but this machine lacks a Chromium browser .*apt-get install chromium/);
    });

    it('counts CI=false or CI=0 as not in CI', () => {
        for (const ci of ['false', '0', '']) {
            expect(withEnvironment({ ARCHLENS_CHROMIUM: MISSING, CI: ci }, chromiumVerdict), ci).to.have.property('skip');
        }
    });
});
