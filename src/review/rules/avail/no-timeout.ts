import type { Component, Connection, Design } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { connectionList } from '../../helpers/connection-list.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { peersWhenMost } from '../../helpers/most-peers.js';
import { callBoundOf, isTimeoutJudged } from '../../helpers/call-timeouts.js';
import { servesRequests } from '../../helpers/phase.js';
import { unique } from '../../helpers/wording.js';
import { isOutOfScope } from '../../../model/out-of-scope.js';
import { runsProduct } from '../../../model/component-facts.js';

export default defineRule({
    meta: {
        id: 'avail/no-timeout',
        section: 'failure-recovery',
        severity: 'info',
        description: 'Synchronous service-to-service calls with neither a timeout nor a circuit breaker, or a timeout of 0 (wait forever).',
        rationale: 'A dependency that hangs is worse than one that fails: every call to it waits, holding a thread, a connection and the caller\'s own request, until the caller runs out of them and stops answering too. A timeout (shorter than the caller\'s own deadline) bounds the wait; a circuit breaker stops calling a dependency that keeps failing. Library defaults are often infinite or far too long.',
        question: 'How long does {element} wait before giving up, and what does its caller see meanwhile?',
        messages: {
            noTimeout: '{id} has no timeout and no circuit breaker: when {target} hangs, {source} waits on it with every request in flight, until {source} stops answering too.',
            timeoutPolicy: '{count} synchronous calls state no timeout and no circuit breaker ({calls}): when a callee hangs, its caller waits with every request in flight until it stops answering too. What timeout do service-to-service calls use?',
            waitsForever: '{id} has timeout: 0, which waits forever: when {target} hangs, {source} waits on it with every request in flight, until {source} stops answering too.',
            waitsForeverPolicy: '{count} synchronous calls state timeout: 0, which waits forever ({calls}): when a callee hangs, its caller waits with every request in flight until it stops answering too. One client setting settles them all: a timeout shorter than the caller\'s own deadline.'
        },
        fix: 'Sets `timeout: 2s` on each call listed.',
        references: ['AWS Well-Architected REL05-BP05 Set client timeouts', 'AWS Well-Architected REL05-BP01 Implement graceful degradation to transform applicable hard dependencies into soft dependencies'],
        quality: {
            grouping: 'The timeout policy is one decision: when all or most of the calls state no timeout, one finding on the group or design lists them with one fix; a call that lacks one while most others have one is its own finding. Calls stating `timeout: 0` are grouped the same way: one warning when all or most calls wait forever (one client default), a finding of its own for a lone one.',
            basis: 'Only what the design states: the connection\'s `timeout` and `circuit_breaker` (its own, or inherited from a `defaults { connection { ... } }` block of the design or its group, as a source that says every call retries or breaks is written), else the caller\'s defaults.',
            unknowns: 'A call whose protocol is not stated is not known to be a remote call (it may be in-process or a data flow sketched at a higher level), so it is judged only when its target is an external system, a load balancer or a gateway (a network hop by what it is); a call used only at start-up or in the background (`phase: startup`, `phase: background`: a reconcile loop, a warm-up request), a health probe\'s call and a call to a process on the caller\'s own host (`colocated`) do not hold users\' requests, nor does a serverless function\'s call (the platform ends every invocation at its execution limit, and each invocation is its own instance); the calls of a caller the design draws but does not describe (`out_of_scope: true`) are not judged, since its client settings are its own properties; store protocols and SMTP carry their clients\' timeouts; a design with no client holds no request on a hung call.',
            severity: 'Info: an unstated timeout is a question, not a known gap (on the 25-design tuning corpus 10 of 11 findings are questions a reviewer asks, one is noise); `timeout: 0`, which says the call waits forever, is a warning. On 55 designs, 26 findings, 18 raised: a health probe\'s call and a local mcrouter hop are no longer asked; the noise left is demos whose timeouts are beside their point and a web server\'s hop to its own FastCGI processes. On 67 designs (round 11): 21 of 30 raised; a web app\'s call to its API through an internal load balancer, drawn with no protocol, is now asked (a listed miss), in the one policy question. On 73 designs (round 12): 31 findings, 21 raised, 1 wrong, 9 noise; a serverless function\'s calls are no longer asked (three Lambda callers: two labelled wrong, since the platform bounds every invocation, one labelled raised).'
        },
        decisions: [
            'Callers are services, workers and functions; callees are services, functions, external systems (a hung third party is the classic case) and load balancers or gateways in front of services. Calls to stores are left to the drivers\' own timeouts.',
            'Only synchronous connections that state a protocol (or reach an external system, a load balancer or a gateway, which are network hops whatever protocol is left unsaid), and not those used only at start-up (`phase: startup`) or in the background (`phase: background`). Calls over a store\'s wire protocol (`sql`, `redis`: a driver talking to a proxy or pooler) and over `smtp` (whose clients must time out every command, RFC 5321) carry their client\'s timeouts and are not asked.',
            'A design with no client (a batch or pipeline started by a schedule) is not asked: no caller waits on a request in flight, and a job stalled on a hung call is a job the batch reruns.',
            'A `timeout` above 0 or `circuit_breaker: true` on the connection, or as the caller\'s default, addresses it; the connection\'s own value wins over the caller\'s.',
            'A call that serves no user request is not asked: a health probe (its label or description says health check, `/health`, liveness or readiness) fails its check when the callee hangs, which is its job.',
            'A call to a process on the caller\'s own host (`colocated: true`: a sidecar, a local proxy such as mcrouter) is not asked: its hang is the host\'s failure, not a remote dependency\'s.',
            'A serverless function\'s call is not asked: the platform ends every invocation at its execution limit (Lambda 3 s by default), stated or not, and each invocation is its own instance, so no shared pool of requests piles up behind a hung callee. A function stated to run fixed `replicas` is judged like a service.',
            'A connection held open for as long as the caller runs (`ws`, `wss`, or `persistent: true`: a firehose subscription, a push socket) is a stream, not a call that returns: a call timeout would cut it, and what it needs (stall detection, reconnecting with backoff) is avail/reconnect-storm\'s question (field corpus, round 30: four WebSocket subscriptions of a relay were asked for call timeouts).',
            'A caller that runs on a `schedule` (a certificate renewal every 12 hours, a nightly export) holds no user\'s request: a run stalled on a hung call is one the next run repeats, as in a batch with no client (field corpus, round 30).',
            'A caller that runs a released product (`product`: Mastodon, PeerTube, Airflow deployed from their images) is not asked for timeouts it does not state: its HTTP clients time out as its vendor wrote them, which a deployment file neither shows nor changes; a stated `timeout: 0` there is its configuration and is judged (field corpus, round 32: 12 of 12 such questions on self-hosted product deployments were wrong or not worth raising, among them Mastodon\'s and PeerTube\'s federation calls, which set their own timeouts).',
            'A caller whose engine is a provider\'s product that runs none of the customer\'s code (engine fact `provider_code`: MediaPackage reading its CDN secret) is not asked either: its calls time out as the provider wrote them (field corpus, round 34).',
            'A caller whose engine bounds the calls it makes by default is bounded: NGINX waits at most 60 s to connect and between two reads or writes of a proxied request (the engine fact `timeout`, which applies as the caller\'s `timeout` unless the design states one). The Apache HTTP Server has no such fact: a service drawn on it usually runs application code (mod_php) whose calls its proxy timeout does not bound (field corpus, round 33: a store front\'s and an admin console\'s NGINX proxying five API calls were asked for timeouts).',
            '`timeout: 0` means no timeout at all (the call waits forever), as in most HTTP and gRPC clients: it is flagged as a warning.'
        ],
        examples: {
            flagged: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Web\nWeb -> Orders : https',
            fixed: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Web\nWeb -> Orders : https { timeout: 2s }'
        }
    },
    check({ design, index, report }) {
        // With no client, no request waits on a hung call: a batch reruns its stalled jobs.
        if (index.ofKind('client').length === 0) {
            return;
        }
        // A caller the design draws but does not describe has client settings nobody stated.
        // A released product's calls time out as its vendor wrote them: only a stated `timeout: 0` (its configuration) is judged there.
        const judged = design.connections.filter((connection) => isTimeoutJudged(connection) && !isOutOfScope(connection.source) && holdsRequests(connection)
            && !(writtenElsewhere(connection.source) && callBoundOf(connection) === 'unstated'));
        const timed = { report, design, judged };
        // A stated `timeout: 0` waits forever: a warning, one for a client default on most calls.
        reportCalls(timed, judged.filter((connection) => callBoundOf(connection) === 'forever'), WAITS_FOREVER);
        // Calls to third parties first: a hung third party is the case a reader recognises.
        const unstated = judged.filter((connection) => callBoundOf(connection) === 'unstated')
            .sort((a, b) => Number(b.target.kind === 'external') - Number(a.target.kind === 'external'));
        reportCalls(timed, unstated, UNSTATED);
    }
});

/** The caller's HTTP client is code its vendor or its cloud provider wrote: a released product, or a provider's product (engine fact `provider_code`). */
function writtenElsewhere(caller: Component): boolean {
    return runsProduct(caller) || caller.engine?.providerCode === true;
}

/** How one kind of unbounded call is reported: alone, or as one policy over all or most calls. */
interface CallGap {
    readonly note: string;
    readonly policy: 'timeoutPolicy' | 'waitsForeverPolicy';
    readonly single: 'noTimeout' | 'waitsForever';
    readonly severity?: 'warning';
}

const UNSTATED: CallGap = { note: 'no timeout, no circuit breaker', policy: 'timeoutPolicy', single: 'noTimeout' };
const WAITS_FOREVER: CallGap = { note: 'timeout 0 (waits forever)', policy: 'waitsForeverPolicy', single: 'waitsForever', severity: 'warning' };

/**
 * The timeout policy is one decision: when all or most judged calls share the
 * gap (no timeout stated, or `timeout: 0` from one client default), one
 * finding lists them; a lone call among calls that time out is its own finding.
 */
function reportCalls(timed: { report: (report: Report) => void; design: Design; judged: readonly Connection[] }, calls: readonly Connection[], gap: CallGap): void {
    const severity = gap.severity === undefined ? {} : { severity: gap.severity };
    reportDecision(timed.report, {
        affected: calls.map((connection) => ({ on: connection, note: `${connection.id}: ${gap.note}` })),
        peers: peersWhenMost(calls.length, timed.judged.length),
        once: {
            on: decisionScope(timed.design, unique(calls.map((connection) => connection.source))),
            messageId: gap.policy,
            data: { count: calls.length, calls: connectionList(calls) },
            ...severity,
            basis: 'stated',
            fix: timeOut(calls)
        },
        each: (item) => ({ ...perCall(item.on as Connection, gap.single), ...severity })
    });
}

/** A health probe's call (`/health`, "health check", liveness, readiness): it serves no user request. */
const HEALTH_PROBE = /\bhealth[ -]?checks?\b|\/health\b|\bliveness\b|\breadiness\b/i;

/**
 * A hung callee holds the caller's requests in flight, except where the
 * call serves none (a health probe: its check fails, which is its job), the
 * callee runs on the caller's own host (`colocated`: a sidecar or local
 * proxy, whose hang is the host's, not a remote dependency's).
 */
function holdsRequests(connection: Connection): boolean {
    // A call made in the background (a reconcile loop, a warm-up) has no request in flight behind it.
    if (!servesRequests(connection) || connection.properties.boolean('colocated') === true || isServerlessCaller(connection) || isScheduledRun(connection)) {
        return false;
    }
    const words = [connection.label ?? '', connection.properties.string('description') ?? ''].join(' ');
    return !HEALTH_PROBE.test(words);
}

/**
 * A job the design runs on a `schedule` (a certificate renewal every 12 h, a
 * nightly export) holds no user's request while it waits: a run stalled on a
 * hung call is a run the next one repeats, as in a batch with no client.
 */
function isScheduledRun(connection: Connection): boolean {
    return connection.source.properties.string('schedule') !== undefined;
}

/**
 * A serverless function's invocation always ends at the platform's execution
 * limit (Lambda's default 3 s, Azure Functions' 5 min), whether or not the
 * design states one, and each invocation is its own instance: no shared pool
 * of requests piles up behind a hung callee, so the cascade the rule asks
 * about cannot happen. A function stated to run fixed `replicas` is judged.
 */
function isServerlessCaller(connection: Connection): boolean {
    return connection.source.kind === 'function' && !connection.source.properties.has('replicas');
}

function perCall(connection: Connection, messageId: 'noTimeout' | 'waitsForever'): Report {
    return {
        on: connection,
        messageId,
        data: { id: connection.id, source: connection.source.name, target: connection.target.name },
        basis: 'stated',
        fix: timeOut([connection])
    };
}

function timeOut(connections: readonly Connection[]): Fix {
    const [first] = connections;
    if (connections.length === 1) {
        return { kind: 'set-properties', title: 'Time the call out after 2s', target: first, properties: [{ key: 'timeout', value: '2s' }] };
    }
    return { kind: 'set-properties-each', title: `Time the ${connections.length} calls out after 2s`, targets: connections, properties: [{ key: 'timeout', value: '2s' }] };
}
