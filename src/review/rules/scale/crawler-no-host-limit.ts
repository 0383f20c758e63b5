import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { formatCount } from '../../../model/units.js';
import { describedAs } from '../../helpers/stated-in-words.js';
import { listOf } from '../../helpers/wording.js';

interface Options {
    readonly minRps: number;
}

/** Words that say a component or a call crawls the web: crawl, scrape, spider, or fetching pages. */
const CRAWLS = /\b(crawl\w*|scrap(e|ed|es|er|ers|ing)|spider\w*|fetch(es|ing)?\s+(web\s+)?(pages?|sites?|urls?))\b/i;

/** Words that say a site is crawled (followed link to link), not only scraped. */
const CRAWLS_SITES = /\b(crawl\w*|spider\w*)\b/i;
/** Words that say the fetch is one page per submitted or shared link, for its preview: a thumbnail, an embed, an unfurl. */
const FETCHES_PREVIEW = /\b(thumbnail\w*|link[- ]previews?|unfurl\w*|embeds?|oembed)\b/i;
/** Words that say the limit is kept per host: a per-source, per-host, per-domain or per-site rate limiter. */
const PER_HOST_LIMIT = /\bper[- ](source|host|domain|site)s?\b[^,;()]*\brate[- ]limit/i;

/** Words on a call that say it is rate limited ("crawl with rate limiting"). */
const RATE_LIMITED = /\brate[- ]limit(s|ed|ing|er)?\b/i;

/** Values of a rate limit's `per` that key it by the host called. */
const PER_HOST_KEYS = new Set(['host', 'domain', 'source', 'site']);

/** The kinds that run batch and background work. */
const BATCH_KINDS = ['worker', 'function'] as const;

export default defineRule<Options>({
    meta: {
        id: 'scale/crawler-no-host-limit',
        section: 'scaling',
        severity: 'warning',
        description: 'A crawler or batch job (a worker or function) calls external hosts synchronously with no per-host `rate_limit` on the connection.',
        rationale: 'A crawler or a batch job works through its list as fast as its workers allow, and nothing in that speed is about the host on the other end. Pointed at one site (many URLs of one domain, a partner\'s API during a backfill), it sends that host far more than it was sized for: the host starts refusing, bans the crawler\'s addresses, or goes down for its own users. A per-host limit (requests per second per domain, honouring `Retry-After` and robots.txt crawl delays) keeps the job a polite client however many workers run.',
        question: 'How many requests a second can {element} send to one external host, and what keeps it there?',
        messages: {
            crawler: '{what} crawls {hosts} with no per-host rate limit: nothing stops it from sending one site far more than it can take, which gets the crawler banned or takes the site down for its own users.',
            heavy: '{what} calls {hosts} at {rps} requests/s with no rate limit on the connection: nothing stops a batch run from sending that host more than it accepts, which gets the job refused or banned, or takes the host down.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { minRps: { type: 'number', minimum: 1, description: 'A stated rate (`rps` on the connection) from which a worker or function calling an external host is a heavy batch caller.' } },
                additionalProperties: false
            },
            defaults: { minRps: 100 }
        },
        fix: 'Sets `rate_limit: { rps: 1, per: host }` on each of the crawler\'s connections to external hosts (adjust to what the hosts allow).',
        references: ['RFC 9309 Robots Exclusion Protocol', 'Google Search Central: Reduce the Googlebot crawl rate', 'AWS Well-Architected REL05-BP02 Throttle requests'],
        quality: {
            grouping: 'One finding per crawler or batch job, on it (the limit is the job\'s to keep), with each unlimited connection to an external host as a related location and one fix for all of them.',
            basis: 'Stated: the crawler is recognised from the design\'s own words (its name, title or description, the external\'s, or the connection\'s label or description) and the heavy caller from the `rps` stated on the connection; nothing is assumed. A per-host limit the design states in the same way (the caller\'s rate limit keyed by host, or its words naming a per-source limiter) is read as settling it.',
            unknowns: 'A worker that calls an external host without saying that it crawls, and without a stated rate, is not judged: most workers call a payment or mail provider a few times per job.',
            severity: 'Warning: a gap a reviewer raises as soon as a crawler is drawn. On the tuning corpus (73 designs) it reports no finding: a thumbnail scraper bounded by the submission rate (labelled noise) is no longer read as a crawler, and the crawler that states a per-source token bucket is no longer flagged; its two misses (a crawler whose per-domain limit is a requeue loop, outbound provider quotas) ask more than a stated limit can show.'
        },
        decisions: [
            'A crawler is a worker or function whose name, title or description, or whose external target\'s, or whose connection\'s label or description, says it crawls, scrapes, spiders or fetches pages; it is judged on its synchronous connections to `external` components.',
            'Any worker or function is also judged on a synchronous connection to an `external` with a stated `rps` at or above the `minRps` option (100): at that rate a batch run can overwhelm a host whatever it does.',
            'A `rate_limit` on the connection (a number, a block, or `true`) settles it, and so do the connection\'s own words when they say it is rate limited ("crawl with rate limiting"). The caller\'s own `rate_limit` limits what it accepts, not what it sends, and does not settle it, unless it is keyed by the host called (`per: host`, `domain`, `source` or `site`) or the caller\'s words name a per-source or per-host rate limiter: then it is the crawler\'s outbound limit, stated once for all its hosts.',
            'A scraper whose words (its own or the connection\'s) say it fetches a preview of each submitted link (a thumbnail, an embed, an unfurl) and never that it crawls or spiders is not a crawler: one page per link, bounded by the rate links are submitted. A stated `rps` at the `minRps` option still makes it a heavy caller.',
            'Services are not judged: their calls follow their users\' requests, which the edge rate-limits (`sec/no-rate-limit`).'
        ],
        examples: {
            flagged: 'queue Urls { engine: sqs }\nworker Crawler "Fetches product pages"\nexternal Sites "Retailer websites"\nUrls -> Crawler\nCrawler -> Sites : https',
            fixed: 'queue Urls { engine: sqs }\nworker Crawler "Fetches product pages"\nexternal Sites "Retailer websites"\nUrls -> Crawler\nCrawler -> Sites : https { rate_limit: { rps: 1, per: host } }'
        }
    },
    check({ index, options, report }) {
        for (const caller of index.ofKind(...BATCH_KINDS)) {
            if (limitsEachHost(caller)) {
                continue;
            }
            const external = index.outgoing(caller).filter((connection) => connection.mode === 'sync' && connection.target.kind === 'external' && !rateLimited(connection));
            const crawled = external.filter((connection) => crawls(caller, connection));
            if (crawled.length > 0) {
                report({
                    on: caller,
                    messageId: 'crawler',
                    data: { what: describe(caller), hosts: hostList(crawled) },
                    basis: 'stated',
                    related: crawled.map((connection) => ({ on: connection, message: `${connection.id}: no rate_limit` })),
                    fix: { kind: 'set-properties-each', title: `Limit ${caller.name} to one request a second per host`, targets: crawled, properties: [{ key: 'rate_limit', value: '{ rps: 1, per: host }' }] }
                });
                continue;
            }
            const heavy = external.filter((connection) => (connection.properties.number('rps') ?? 0) >= options.minRps);
            if (heavy.length > 0) {
                report({
                    on: caller,
                    messageId: 'heavy',
                    data: { what: describe(caller), hosts: hostList(heavy), rps: formatCount(Math.max(...heavy.map((connection) => connection.properties.number('rps') ?? 0))) },
                    basis: 'stated',
                    related: heavy.map((connection) => ({ on: connection, message: `${connection.id}: ${formatCount(connection.properties.number('rps') ?? 0)} requests/s, no rate_limit` }))
                });
            }
        }
    }
});

/** The connection states a rate limit: the property, or its own words ("crawl with rate limiting"). */
function rateLimited(connection: Connection): boolean {
    return connection.properties.enabled('rate_limit') || RATE_LIMITED.test(`${connection.label ?? ''} ${connection.properties.string('description') ?? ''}`);
}

/**
 * The caller states a rate limit kept per host it calls: its `rate_limit`
 * keyed by host (`per: host`), or a limit it states alongside words naming a
 * per-source or per-host rate limiter. That is its outbound limit, not what
 * it accepts.
 */
function limitsEachHost(caller: Component): boolean {
    if (!caller.properties.enabled('rate_limit')) {
        return false;
    }
    const per = caller.properties.block('rate_limit')?.per;
    return (typeof per === 'string' && PER_HOST_KEYS.has(per)) || describedAs(caller, PER_HOST_LIMIT);
}

function crawls(caller: Component, connection: Connection): boolean {
    const said = `${connection.label ?? ''} ${connection.properties.string('description') ?? ''}`;
    const words = [caller, connection.target].some((component) => describedAs(component, CRAWLS)) || CRAWLS.test(said);
    return words && !fetchesPreviewOnly(caller, connection, said);
}

/**
 * The words say it scrapes a preview of each submitted link (a thumbnail, an
 * embed) and never that it crawls: one page per link, bounded by the rate
 * links are submitted, not a crawl that can pour a site's pages out.
 */
function fetchesPreviewOnly(caller: Component, connection: Connection, said: string): boolean {
    const sayCrawl = [caller, connection.target].some((component) => describedAs(component, CRAWLS_SITES)) || CRAWLS_SITES.test(said);
    return !sayCrawl && (FETCHES_PREVIEW.test(said) || describedAs(caller, FETCHES_PREVIEW));
}

/** `external Sites`, `external Sites and external Feeds`, or the first few and how many more. */
function hostList(connections: readonly Connection[]): string {
    return listOf(connections.map((connection) => connection.target));
}
