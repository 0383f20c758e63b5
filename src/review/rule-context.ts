/** What a rule's check receives: the model, its lookups, options, and a way to report. */
import type { Design } from '../model/design.js';
import type { DesignEstimates } from '../estimates/estimate-design.js';
import type { DesignIndex } from '../model/design-index.js';
import type { Assumption, Basis, Severity } from '../model/finding.js';
import type { Fix } from './fix.js';
import type { Traffic } from './graph/traffic.js';
import type { ReportTarget } from './report-target.js';

export interface RelatedReport {
    readonly on: ReportTarget;
    readonly message: string;
}

export interface Report {
    readonly on: ReportTarget;
    readonly messageId: string;
    /** Values for the message's `{placeholders}`. */
    readonly data?: Readonly<Record<string, string | number>>;
    /**
     * This finding's severity where the rule grades its findings (e.g. an
     * unencrypted public link is an error, an internal one a warning). A
     * severity set in the configuration wins.
     */
    readonly severity?: Severity;
    readonly related?: readonly RelatedReport[];
    readonly fix?: Fix;
    /**
     * What the figures in the message rest on. `assumed` (with the
     * assumptions listed) caps the severity at `info`, unless the
     * configuration sets one: an error must not rest on a guess.
     */
    readonly basis?: Basis;
    readonly assumptions?: readonly Assumption[];
}

export interface RuleContext<Options extends object> {
    readonly design: Design;
    readonly index: DesignIndex;
    readonly traffic: Traffic;
    readonly options: Options;
    /** Load, capacity, availability and latency estimates, computed on first use. */
    estimates(): DesignEstimates;
    report(report: Report): void;
}
