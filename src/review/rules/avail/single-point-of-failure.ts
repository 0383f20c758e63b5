import type { Component, ComponentKind, Design, Group } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Severity } from '../../../model/finding.js';
import type { Traffic } from '../../graph/traffic.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { autoscales, availabilityTarget, COMPUTE_KINDS, countUnsaid, describe, floorUnsaid, isDataStore, isRedundant, minInstances, REPLICAS_MANY } from '../../../model/component-facts.js';
import { isReplicaDatabase } from '../../helpers/replica-reads.js';
import { decisionScope, relatedOf, reportDecision, type Affected } from '../../helpers/one-decision.js';
import { peersWhenMost } from '../../helpers/most-peers.js';
import { isStartupOnly } from '../../helpers/phase.js';
import { isActiveInSeveralRegions } from '../../../model/regions.js';
import { joinWords, listOf, unique } from '../../helpers/wording.js';
import { isLock } from '../../helpers/writes.js';
import { fallsThroughToStore } from '../../helpers/cache-use.js';
import { inScope } from '../../../model/out-of-scope.js';
import { feedsOnlyObservers, OBSERVER_KINDS } from '../../helpers/observers.js';
import { purposeNoun, purposeOf } from '../../../model/purpose.js';
import { isStated } from '../../../model/property-bag.js';
import { isNotCritical, writesOnlyToNonCritical } from '../../helpers/non-critical.js';
import { oneHostOf, isColocated } from '../../helpers/network.js';

/** Their failure does not stop the design's requests or work (rules.md: observers observe everything). */
const EXEMPT_KINDS = new Set<ComponentKind>(['client', 'external', 'monitoring', 'logging']);
/**
 * Distributed by nature: one declared `dns` or `cdn` is many servers, and a
 * serverless `function` runs as many instances as its events need (the
 * platform starts and replaces them), unless the design says otherwise.
 */
const DISTRIBUTED_KINDS = new Set<ComponentKind>(['dns', 'cdn', 'function']);
/** One deployment decision sets the instance count of everything the team runs as code. */
const RUN_AS_CODE = new Set<ComponentKind>([...COMPUTE_KINDS, 'loadbalancer', 'idp']);
/** From this stated target up, one instance on the request path fails the requirement (a restart or a lost host alone uses the budget). */
const HIGH_TARGET = 0.999;

const ON_PATH: Readonly<Partial<Record<ComponentKind, string>>> = {
    database: 'every request that reads or writes it fails',
    cache: 'every request falls through to the store behind it at once, or fails',
    storage: 'every request that needs its objects fails',
    search: 'every search fails',
    queue: 'every message handed to it waits or is lost until it is back',
    coordinator: 'what needs it to coordinate (locks, leader election, service discovery) stops',
    idp: 'nobody can sign in'
};

const OFF_PATH: Readonly<Partial<Record<ComponentKind, string>>> = {
    queue: 'every message handed to it waits or is lost until it is back',
    worker: 'the work it does stops until it is back',
    function: 'the work it does stops until it is back',
    coordinator: 'what needs it to coordinate (locks, leader election, service discovery) stops'
};

export default defineRule({
    meta: {
        id: 'avail/single-point-of-failure',
        section: 'failure-recovery',
        instanceLoss: true,
        severity: 'warning',
        description: 'A component the design depends on runs a single instance, or a replicated database cannot fail over.',
        rationale: 'One instance means one crash, deploy or lost host stops everything that goes through it. Two or more instances (or a managed, multi-zone engine) let the others keep serving while one is replaced. This holds off the request path too: the one broker every integration event goes through, or the one worker that does a job nobody else does, stops the work behind it. A replicated database with `failover: none` keeps a copy of the data but not the service: writes stop until someone rebuilds the leader.',
        question: 'What stops when a single instance in {element} fails?',
        messages: {
            singleInstance: '{what} runs a single instance{autoscaling}: when it fails, {consequence}.',
            singleInstanceUnsaid: '{what} states no instance count, which the language reads as a single instance: if it runs one, then when it fails, {consequence}. How many instances does it run? State `replicas`.',
            sameDecision: 'None of the {count} {kinds} runs more than one instance ({names}{autoscaling}): a crash, a deploy or a lost host of any one of them stops what goes through it. How many instances they run is one decision: replicas, or an autoscale min of 2.',
            sameDecisionUnsaid: 'None of the {count} {kinds} states an instance count ({names}), which the language reads as one each: if they run one, a crash, a deploy or a lost host of any one of them stops what goes through it. How many instances they run is one decision: replicas, or an autoscale min of 2.',
            mostDecision: '{count} of the {total} {kinds} run a single instance ({names}{autoscaling}); only {others}: a crash, a deploy or a lost host of any one of them stops what goes through it. How many instances they run is one decision: replicas, or an autoscale min of 2.',
            sharded: '{what} splits its data into {shards} shards with no replica: when the server of one shard fails, that shard\'s part of the data is unavailable (or lost with its disk) and the requests that need it fail.',
            noFailover: '{what} has {replicas} replicas but failover: none: when the leader fails, writes stop until it is rebuilt by hand.',
            notProduction: 'Design {name} is a {purpose} and runs a single instance of {subjects}: fine for what it is, but if it goes to production, how many instances will each run, and which of them must survive a crash or a lost host? State `replicas` where it matters, or `out_of_scope: [high_availability]` if it never will.',
            notProductionOne: 'Design {name} is a {purpose} and runs a single instance of {subjects}: fine for what it is, but if it goes to production, how many instances will it run, and must it survive a crash or a lost host? State `replicas`, or `out_of_scope: [high_availability]` if it never will.',
            sameEngine: '{names} each run {engine} on a single instance: when one fails, {consequence}. How many instances the {engine} tiers run is one decision: replicas, or an autoscale min of 2.',
            amongFleets: '{names} {state} no instance count, and the source sizes its peers only as fleets with no count ({fleets}): how many instances of {them} run, and what stops when one fails? State `replicas`.',
            oneHost: 'The {count} components of {network} ({names}) run on one host (hosts: 1): when it fails, is rebooted or fills its disk, all of them stop together, whatever their replicas. Is one host what this runs on in production?',
            providerRun: 'How many instances does the provider run for {names}? {They} {are} stated `managed: true`, but no known engine says whether {it} {is} replicated: state `replicas`, or name the `engine`.'
        },
        fix: 'Sets `replicas: 2` on each single-instance component the finding lists (or `failover: auto` on a replicated database).',
        references: ['AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations', 'AWS Well-Architected REL11-BP02 Fail over to healthy resources'],
        quality: {
            grouping: 'The instance count of the services, workers, gateways and self-run load balancers is one deployment decision, and that of each store kind (databases, caches, queues…, with the coordinators those stores use) another: when all or most of them run a single instance the rule reports it once, on the group or design that holds them, listing each; a component that runs one while most of its peers run more is reported on its own, except that single instances of one engine (two LVS or HAProxy tiers) are one finding listing them all. A design that is not for production (a demo, sample, benchmark, proof of concept or teaching example) made one decision for all of them, its deployment\'s: one design-wide info question lists every single instance.',
            basis: 'Instance counts are stated (`replicas` left out means one, the language\'s meaning) or engine facts (`ha`); the only assumption is the question about components stated `managed: true` that no engine settles (info, naming `replicas`).',
            unknowns: 'dns and cdn kinds, serverless functions (the platform runs as many as the events need), engines with `ha` facts, an engine that runs as a cluster by design (`clustered` facts: Cassandra, HBase, Bigtable, Kafka) whose count is left unstated, a managed offering of an engine whose managed offerings are all clusters (`managed: true` Kafka), a load balancer or object storage that names no engine and states no replicas, and storage spanning two or more zones are not single instances; a sharded store is described as shards, a component that autoscales from one is said to autoscale; a dependency used only at start-up (`phase: startup`) is not a runtime single point of failure, nor a telemetry pipeline that only feeds observers (a metrics bus), nor an embedded store (`embedded: true`, or SQLite), which fails only with the component whose process it runs in, nor a re-runnable job (an `idempotent: true` worker nothing hands work to), nor a queue consumer that autoscales with no minimum stated (the platform replaces a crashed instance, the queue keeps its message), nor a background job (a worker, function or service nothing calls whose every connection is `phase: background`), nor a database that is the replica of another drawn database (a connection between the two), nor a cache in front of a store (its users reach a database, object storage or search index: a lost cache shifts load to that store, a capacity question), nor a store drawn once for two or more regions (`regions`: a copy in each), nor a component whose uptime is stated (`availability`, a provider\'s SLA) while its count is not, nor one the source states may fail without harm (`critical: false`) or a worker whose only work is to feed such components; a component that states no count among peers the source sizes only as fleets with no count (`replicas: many`) is silent like them: one info question asks for `replicas`; a component stated `managed: true` that no known engine settles is run by its provider with a count the design does not state: one info question asks for `replicas` or the `engine`, never a warning. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed, and a design stating it is not built for high availability (`out_of_scope: [high_availability]`) is not judged at all.',
            severity: 'A warning: a gap every reviewer raises; an error when the design states an availability target of 99.9% or more, the single instance is on the request path, no other active region serves meanwhile, and the count is written (`replicas: 1`, an autoscaler\'s `min: 1`), since one restart or lost host already fails that target; a count left out is the language\'s reading of silence, and an error may not rest on it (round 16: 7 of the 14 errors on the field corpus rested on an unwritten count, 3 of them judged wrong or not worth raising); for code the team runs (services, workers, functions, gateways, self-run load balancers) a count left out is an info question, as sources draw such a tier as one box and run it as many (round 17: on the field corpus such findings were raised 11 times in 26 as warnings, against 25 in 31 for stores, which stay warnings). In a design not for production no finding is an error. Measured on the tuning corpus (37 designs): 43 of 51 findings a reviewer raises; the wrong one reads a fleet whose size the source leaves unsaid as one instance (the language reads an unstated count as one), and five are noise (side features such as push or geo-search, a sharded search tier whose replicas the source leaves unsaid, the control instance and scheduler of a nightly batch). Managed Kafka and a Stream Analytics job, once read as single instances, no longer are; a demo that states it is not built for high availability, a re-runnable migration job and a ZooKeeper reported apart from its broker no longer give findings; managed products the knowledge base now knows (SNS, AppSync, Azure Cache for Redis) and migration scripts used only in the background are no longer read as single instances. On 43 designs: 50 of 57 findings raised, 6 noise, one wrong (a fleet whose count the source leaves unsaid); a replica database fed from its primary and a coordinator off the data path (`phase: background`) are no longer flagged. On 55 designs: the 48 findings on non-production designs (demos, samples, benchmarks, teaching examples) become 17 design-wide info questions, one per design; the older reviewers raised 12 of them, the newest call the other 5 noise on a local run. Counting them both ways, 35 of 51 findings are raised (40 if every non-production question counts, 23 if none does). On 67 designs (round 11): 44 of 63 findings raised, 2 wrong (a fleet whose count the source leaves unsaid, read as one), 17 noise (8 of them the non-production question on demos whose labellers call it noise, 13 others call it raised); Azure Firewall (engine fact), a stream with a stated SLA, a jump box and an analytics store the source accepts as single (`critical: false`) with the consumer that feeds it, a topic the transcription had left without its stated replication, regional read replicas and caches in front of a store no longer give findings (10 fewer, 5 of them wrong). On 73 designs (round 12): 46 of 68 findings raised, 3 wrong, 19 noise; a worker that autoscales on queue depth with no minimum stated is no longer read as one instance (one wrong finding fewer), and a component that states no count among peers the source sizes only as fleets (`replicas: many`) is asked once at info, basis assumed, instead of a warning that asserts one instance (seven warnings on six designs became six info questions: four raised, two wrong). On 79 designs (round 13): 48 of 76 findings raised, 5 wrong, 23 noise (10 of them the non-production question, which 13 other demos\' labellers call raised); hourly jobs started by a schedule are no longer listed among single instances (the typeahead design\'s Spark aggregation and Trie builder). On 85 designs (round 14): 87 findings, 52 raised, 9 wrong, 26 noise; where the count is left out the per-component and all-peers messages now say so (`states no instance count, which the language reads as a single instance`) and asks for `replicas`, instead of asserting one instance.'
        },
        decisions: [
            'Where neither `replicas` nor `autoscale` is written, the message says the count is left unsaid and read as one instance by the language, and asks how many it runs: for a component reported on its own (`singleInstanceUnsaid`) and for peers none of which writes a count (`sameDecisionUnsaid`); a written count (`replicas: 1`, an autoscaler\'s `min: 1`) is stated as one instance. Such a finding is never an error; it is a warning for stores and an info question for the code the team runs.',
            'Every component something uses while running is judged, on the request path or off it (a broker, a worker\'s store, a scheduler); clients, external systems, monitoring and logging are not, nor what only observers use or only feeds observers (a metrics bus read on the way to a dashboard), nor a component used only at start-up (`phase: startup` on every connection to it).',
            'Redundant: two or more instances (`replicas`, or `autoscale` with `min` of 2 or more), an engine whose facts say `ha` (DynamoDB, S3, ALB, Application Gateway, Azure Firewall, Entra ID, Stream Analytics…), `managed: true` on an engine every managed offering of which is a replicated cluster (Kafka: MSK, HDInsight), for object and file storage, `zones` of 2 or more (zone-redundant storage keeps a copy in each zone), or, when no count is written, a stated `replication` (sync, semi_sync, async) or `failover: auto`: the design says copies exist without counting them (round 21: a distributed SQL store replicating synchronously across zones was read as one instance).',
            'An autoscaler whose `min` the design leaves out (with no `replicas`) is a count left unsaid too: for code the team runs it is an info question, never a warning, and the message says the autoscaler states no minimum (field corpus, round 31: autoscaled AKS services at a stated peak, and a Container Apps environment, were warnings that rested on the reading of that silence).',
            'An engine whose facts say it runs as a cluster of nodes by design (`clustered`: Cassandra, ScyllaDB, HBase, Bigtable, Kafka since 0.8; the consensus coordinators ZooKeeper, etcd and Consul, which run as quorum ensembles) is not read as one instance when the design leaves `replicas` unstated; a stated `replicas: 1` is judged as always.',
            'dns and cdn components, and serverless functions (the platform starts as many as the events need and replaces failed ones), are distributed by nature and are judged only when they state `replicas: 1`; a load balancer or object storage that names no engine (usually the platform\'s: S3, Blob Storage and GCS are replicated services) only when it states `replicas` (round 17: an archive drawn as "cheap storage" was read as one host).',
            'Peers: the services, workers, functions, gateways and load balancers the team runs are one set, each store kind another; components with `ha` engines are no one\'s peers (their redundancy is not the team\'s decision).',
            'A coordinator that a judged store uses (ZooKeeper under a Kafka broker) is part of that store\'s cluster: it joins that store kind\'s peers, so a single broker with a single ZooKeeper is one finding listing both, not two; a single coordinator under a replicated cluster still differs from its peers and is reported on its own.',
            'An identity provider, API gateway, load balancer, or service, worker or function stated `managed: true` (Auth0, a cloud\'s API gateway or balancer, a managed agent or real-time messaging service, whatever its engine) is not judged: no provider hosts one instance of these, and no count is asked of it (rounds 24 and 25: the question about provider-run components was raised in none of its five askings, four of them on gateways and services). Stores stated `managed: true` are still asked: a managed database is often one instance until a standby is chosen.',
            'A component stated `managed: true` whose instance count no known engine settles (no engine, an unknown one, or an engine many providers run, such as postgres) is run by its provider: it is not read as one instance; one info question lists them all and asks for `replicas` or the `engine`. An engine that is a managed product (RDS, Azure SQL, App Service) decides by its own facts, and stated `replicas` decide as always.',
            'A background job is not judged: a worker, function or service that nothing hands work to or calls and whose every connection is `phase: background` or `phase: startup` (a one-off migration, a periodic sync, a machine that runs the deployment\'s set-up jobs and shuts down) is on no request path and nothing waits on it; a crash delays its work until it runs again (round 27: a demo\'s initialisation VM).',
            'A re-runnable job is not judged: a worker or function stated `idempotent: true` that nothing hands work to (no incoming connection: a migration or backfill that rewrites the same rows, a batch that overwrites its outputs) loses nothing when it crashes; running it again completes the work, and nothing waits on it meanwhile.',
            'An embedded store (`embedded: true`, or an engine whose facts say so, such as SQLite) runs in its user\'s process: its instances are its user\'s, judged there.',
            'A store with `shards` (a count, or `many` when the source says sharded without one) and no replica is reported as shards: losing one loses that shard\'s part.',
            'A database with a manual failover is not flagged here (it is `avail/manual-failover`); only `failover: none` is.',
            'A database fed by replication from another drawn database (a connection from that database to it: a read replica, a replica region\'s copy) is not a single point of failure: the database it copies holds the same data.',
            'A design that states it is not built for high availability (`requirements { out_of_scope: [high_availability] }`: a demo listing it as a known limitation) gets no finding: its single instances are what it says it is.',
            'A design that states it is not for production (`requirements { purpose: demo }`, sample, benchmark, poc, teaching) runs one instance of each component by one decision, its deployment\'s (a local Compose or minikube run): one design-wide info question lists every single instance, asked for the day it goes to production; a database stated `failover: none` is still reported on its own.',
            'Single instances of the same engine among redundant peers (two LVS or HAProxy tiers left at one) are one finding: how many instances that technology runs is one decision of the team that operates it.',
            'An engine whose instances come as a pair by kind (`clustered`: NetApp filers run their controllers as high-availability pairs) is not read as one instance when the count is left unsaid; a stated `replicas: 1` still is.',
            'A local emulator that stands in for a managed service (an engine whose facts say `stands_for`: DynamoDB Local, the Cosmos DB emulator) is judged as that service: its source says production uses the real one.',
            'A cache in front of a store (its users also reach a database, object storage or search index: cache-aside or read-through) is not judged: when it fails, reads fall through to that store, which is a load shift for the store\'s capacity to answer, not a stop; a cache that holds locks or the only copy of its data still is. A user that reads a service which reaches a store (a storage service in front of its database) falls through the same way (field corpus, round 34: a short-TTL cache in front of Grab\'s stats service was asked as if it held the only copy).',
            'A store drawn once for two or more regions (`regions: [eu_west, ap_southeast]`: read replicas in each secondary region) holds a copy in each and is not one instance; the team\'s compute stated in several regions stays in its peers\' one instance-count decision.',
            'A component whose uptime is stated (`availability`: a platform\'s "99.95% SLA") while its count is not has the figure a single-instance reading would question: it is not read as one instance (avail/slo-unreachable uses the figure).',
            'A component the source states may fail without harm (`critical: false`: a jump box that only deploys, an analytics store whose failure "will not affect online transactions") is not judged, nor a worker, function or service that nothing calls (at most a queue hands it work) and whose every write goes to such components: its outage only delays that work.',
            'A worker or function started by a schedule (`schedule: "hourly"`: an aggregation, an index rebuild) that nothing calls, at most a queue holding its input, is not judged: a crash delays that run until it is run again while whatever serves its last output keeps serving; nothing waits on it.',
            'A worker or function that only queues hand work to and that autoscales with no minimum stated (`autoscale: { metric: queue_depth }`) is not judged: the platform replaces a crashed instance and the queue hands its message to the next one after the visibility timeout, so nothing waits and nothing is lost; a stated `min: 1` is judged as always.',
            'A component that states no count (neither `replicas` nor `autoscale`) among peers the source sizes only as fleets with no count (`replicas: many`: "multiple pods") is left unsaid like them, not stated as one: one info question lists such components and asks for `replicas`, never a warning.',
            'Components of a network stated to run on one machine (`hosts: 1`: a Compose project on one Docker engine) are not judged one by one: the host is what fails, and replicas on it change nothing. One info question per such network names them (field and import corpora: every per-container count question on a one-host Compose deployment was judged not worth raising, "one Compose host is the single point anyway"). A design not for production (a demo, a sample, a proof of concept) is not asked: one machine is how it is meant to run, and its source says what runs in production (round 27: a local-development Compose file whose README points to a Helm chart for production, and a demo shop, were both asked).',
            'Components of other designs reached by `Design.Name` are left to that design\'s review.'
        ],
        examples: {
            flagged: 'client Web\nservice Api\nWeb -> Api : https',
            fixed: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https'
        }
    },
    check({ design, index, traffic, report }) {
        const everyone = inScope(design.components).filter((component) => isJudged(component, index));
        // On one host, the host is the single point of failure: its members' counts change nothing.
        const candidates = everyone.filter((component) => oneHostOf(component) === undefined);
        // A design not for production that runs on one host does so on
        // purpose (a laptop's Compose project): where it runs in production
        // is another deployment's question, which its source answers.
        if (purposeOf(design) === 'production') {
            askOneHost(everyone.filter((component) => oneHostOf(component) !== undefined), report);
        }
        const judged = candidates.filter((component) => !isProviderRun(component));
        askProviderRun(candidates.filter(isProviderRun), design, report);
        if (purposeOf(design) !== 'production') {
            askBeforeProduction(judged.filter((component) => !isRedundant(component)), design, report);
            judged.filter(cannotFailOver).forEach((component) => reportNoFailover(component, report));
            return;
        }
        const severityOf = severityFor(design, traffic);
        for (const component of judged.filter(isUnreplicatedShards)) {
            report({ on: component, messageId: 'sharded', data: { what: describe(component), shards: shardsText(component) }, severity: 'warning', basis: 'stated', fix: replicate([component]) });
        }
        judged.filter(cannotFailOver).forEach((component) => reportNoFailover(component, report));
        for (const peers of peerSets(judged, index)) {
            reportSingleInstances(peers, { design, index, traffic, report }, severityOf);
        }
    }
});

/** One question per single-host network: the host, not each member's count, is what fails. */
function askOneHost(members: readonly Component[], report: (report: Report) => void): void {
    const byHost = new Map<Group, Component[]>();
    for (const member of members) {
        const host = oneHostOf(member);
        if (host) {
            byHost.set(host, [...(byHost.get(host) ?? []), member]);
        }
    }
    for (const [network, components] of byHost) {
        report({
            on: network,
            messageId: 'oneHost',
            data: { count: components.length, network: `network ${network.name}`, names: joinWords(components.map((component) => component.name)) },
            severity: 'info',
            basis: 'stated',
            related: components.map((component) => ({ on: component, message: `${component.name}: on the one host of ${network.name}` }))
        });
    }
}

function reportNoFailover(component: Component, report: (report: Report) => void): void {
    report({
        on: component,
        messageId: 'noFailover',
        data: { what: describe(component), replicas: minInstances(component) },
        basis: 'stated',
        fix: { kind: 'set-properties', title: `Fail ${component.name} over automatically`, target: component, properties: [{ key: 'failover', value: 'auto' }] }
    });
}

/**
 * A demo, sample or benchmark that runs one instance of everything made ONE
 * decision, its deployment's (a local Compose or minikube run): one
 * design-wide question, asked for the day it goes to production, not a
 * warning per store kind about a run nobody depends on.
 */
function askBeforeProduction(single: readonly Component[], design: Design, report: (report: Report) => void): void {
    if (single.length === 0) {
        return;
    }
    report({
        on: design,
        messageId: single.length === 1 ? 'notProductionOne' : 'notProduction',
        data: { name: design.name, purpose: purposeNoun(design), subjects: single.length === 1 ? listOf(single) : `each of ${single.length} components (${listOf(single)})` },
        severity: 'info',
        basis: 'stated',
        related: relatedOf(single.map((component): Affected => ({ on: component, note: `${describe(component)}: ${instancesNote(component)}` }))),
        fix: replicate(single)
    });
}

interface Scope {
    readonly design: Design;
    readonly index: DesignIndex;
    readonly traffic: Traffic;
    readonly report: (report: Report) => void;
}

/**
 * One finding when all or most of the peers run one instance (the one
 * deployment decision left unsaid), one per component when only a few do
 * while the rest run more (those few differ from their peers).
 */
function reportSingleInstances(peers: readonly Component[], { design, index, traffic, report }: Scope, severityOf: (component: Component) => Severity): void {
    const redundant = peers.filter((component) => isRedundant(component));
    const silent = sizesOnlyAsFleets(redundant) ? peers.filter((component) => !isRedundant(component) && !isUnreplicatedShards(component) && countUnsaid(component)) : [];
    askAmongFleets(silent, redundant, design, report);
    const all = peers.filter((component) => !isRedundant(component) && !isUnreplicatedShards(component) && !silent.includes(component));
    const sameEngine = all.length < peersWhenMost(all.length, peers.length) ? sameEngineGroups(all) : [];
    sameEngine.forEach((group) => reportSameEngine(group, { design, index, traffic, report }, severityOf));
    const single = all.filter((component) => !sameEngine.some((group) => group.includes(component)));
    reportDecision(report, {
        affected: single.map((component): Affected => ({ on: component, note: `${describe(component)}: ${instancesNote(component)}` })),
        peers: peersWhenMost(single.length, peers.length),
        once: {
            on: decisionScope(design, single),
            messageId: redundant.length > 0 ? 'mostDecision' : single.every(countUnsaid) ? 'sameDecisionUnsaid' : 'sameDecision',
            data: { count: single.length, total: peers.length, kinds: kindsText(peers), names: listOf(single), autoscaling: groupAutoscalingNote(single), others: othersText(redundant) },
            severity: worst(single.map(severityOf)),
            basis: 'stated',
            fix: replicate(single)
        },
        each: (item) => singleInstance(item.on as Component, index, traffic, severityOf)
    });
}

/** Every redundant peer is a fleet the source sizes only as several (`replicas: many`, no autoscale). */
function sizesOnlyAsFleets(redundant: readonly Component[]): boolean {
    return redundant.length > 0 && redundant.every((component) => component.properties.get('replicas') === REPLICAS_MANY && !autoscales(component));
}

/**
 * A source that sizes its peers only as fleets ("multiple pods", a fleet
 * with no count) and says nothing of a component's count is silent on it
 * as on them: one instance is the language's reading of that silence, not
 * the source's. One info question lists them and asks for `replicas`.
 */
function askAmongFleets(silent: readonly Component[], fleets: readonly Component[], design: Design, report: (report: Report) => void): void {
    const one = silent.length === 1;
    askCount(silent, design, report, {
        messageId: 'amongFleets',
        data: { names: listOf(silent), state: one ? 'states' : 'state', fleets: listOf(fleets), them: one ? 'it' : 'each' },
        assumed: 'runs an instance count the source does not state',
        note: 'instance count not stated'
    });
}

/**
 * Single instances among redundant peers that run the same engine (two LVS
 * tiers, two HAProxy pairs left at one): how many instances that technology
 * runs is one decision of the team that operates it, so one finding lists
 * them, not one per tier.
 */
function sameEngineGroups(single: readonly Component[]): Component[][] {
    const byEngine = new Map<string, Component[]>();
    for (const component of single) {
        const engine = component.engine?.id;
        if (engine !== undefined) {
            byEngine.set(engine, [...(byEngine.get(engine) ?? []), component]);
        }
    }
    return [...byEngine.values()].filter((group) => group.length > 1);
}

function reportSameEngine(group: readonly Component[], { index, traffic, report }: Scope, severityOf: (component: Component) => Severity): void {
    const [first] = group;
    report({
        on: first,
        messageId: 'sameEngine',
        data: { names: listOf(group), engine: first.engine?.title ?? first.engine?.id ?? '', consequence: consequenceOf(first, index, traffic) },
        severity: worst(group.map(severityOf)),
        basis: 'stated',
        related: relatedOf(group.slice(1).map((component): Affected => ({ on: component, note: `${describe(component)}: ${instancesNote(component)}` }))),
        fix: replicate(group)
    });
}

/** `; each autoscales, but from one instance`: the group's autoscalers are not hidden behind "one instance". */
function groupAutoscalingNote(single: readonly Component[]): string {
    const scaling = single.filter(autoscales).length;
    if (scaling === 0) {
        return '';
    }
    const floor = single.filter(autoscales).every(floorUnsaid) ? 'with no minimum stated' : 'but from one instance';
    if (scaling === single.length) {
        return `; each autoscales, ${floor}`;
    }
    return scaling === 1 ? `; one of them autoscales, ${floor}` : `; ${scaling} of them autoscale, ${floor}`;
}

/** `service Delivery runs more`, `service A and service B run more`. */
function othersText(redundant: readonly Component[]): string {
    return `${listOf(redundant)} ${redundant.length === 1 ? 'runs' : 'run'} more`;
}

/** Something depends on it while running, and its redundancy is the design's (or, stated `managed`, its provider's) to decide. */
function isJudged(component: Component, index: DesignIndex): boolean {
    if (component.foreign || EXEMPT_KINDS.has(component.kind) || component.engine?.ha === true || isManagedCluster(component) || isClusterByNature(component) || spansZones(component) || isEmbedded(component) || isProviderFleet(component)) {
        return false;
    }
    if (hasStatedAvailability(component) || runsInSeveralRegions(component) || isNotCritical(component) || feedsOnlyNonCritical(component, index) || isCacheInFront(component, index)) {
        return false;
    }
    if (DISTRIBUTED_KINDS.has(component.kind) && component.properties.number('replicas') !== 1) {
        return false;
    }
    // Usually the platform's: a load balancer or object storage that names no engine (S3, Blob Storage, GCS are replicated services).
    if ((component.kind === 'loadbalancer' || component.kind === 'storage') && component.engine === undefined && !component.properties.has('replicas')) {
        return false;
    }
    return !isRerunnableJob(component, index) && !isScheduledJob(component, index) && !isBackgroundJob(component, index) && !isAutoscaledQueueConsumer(component, index) && !isReplicaDatabase(component, index) && !runsBesideEachCaller(component, index) && isDependedOn(component, index);
}

/**
 * Every caller reaches it on its own machine (`colocated: true`: a sidecar, a
 * node-local agent or relay): it runs once per caller host, so its loss is
 * that host's, already judged with the caller.
 */
function runsBesideEachCaller(component: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(component);
    return incoming.length > 0 && incoming.every(isColocated);
}

/**
 * Its uptime is stated (`availability`: a provider's SLA, "99.95% SLA") and
 * its count is not: the figure the single-instance reading would question is
 * given, and how many machines stand behind it is the provider's business.
 */
function hasStatedAvailability(component: Component): boolean {
    return isStated(component.properties.entry('availability')) && countUnsaid(component);
}

/**
 * A store drawn once for two or more regions (`regions: [eu_west,
 * ap_southeast]`: read replicas in each secondary region) holds a copy in
 * each, not one. The team's compute stated in several regions stays in the
 * one instance-count decision of its peers: one instance per region still
 * stops that region's requests.
 */
function runsInSeveralRegions(component: Component): boolean {
    return isDataStore(component) && isStated(component.properties.entry('regions')) && (component.properties.words('regions')?.length ?? 0) >= 2;
}

/**
 * A worker, function or service whose only work is to feed components the
 * source calls not critical (the consumer that loads an analytics store):
 * nothing waits on it (nothing calls it; at most a queue hands it work) and
 * everything it writes to may be lost without harm, so its outage only
 * delays that work.
 */
function feedsOnlyNonCritical(component: Component, index: DesignIndex): boolean {
    return (component.kind === 'worker' || component.kind === 'function' || component.kind === 'service') && writesOnlyToNonCritical(component, index) && index.incoming(component).every((connection) => connection.source.kind === 'queue');
}

/**
 * A cache in front of a store (cache-aside or read-through: its users reach
 * a database, object storage or search index): when it fails, reads fall
 * through to that store, a question of the store's capacity (a load shift),
 * not of a single point of failure. A cache that holds locks, or the only
 * copy of its data, is still judged.
 */
function isCacheInFront(component: Component, index: DesignIndex): boolean {
    const callers = index.incoming(component);
    return component.kind === 'cache' && callers.length > 0 && !callers.every(isLock) && fallsThroughToStore(component, index);
}

/**
 * An engine that runs as a cluster of nodes by design (Cassandra, HBase,
 * Bigtable: its `clustered` fact) with no stated count: the silence is not
 * one instance (principle 4), while a stated `replicas: 1` still is.
 */
function isClusterByNature(component: Component): boolean {
    return component.engine?.clustered === true && !component.properties.has('replicas');
}


/** Kinds whose every hosted offering is a replicated fleet: sign-in, API gateways, load balancers, and code a platform runs. */
const PROVIDER_FLEET_KINDS: ReadonlySet<string> = new Set(['idp', 'gateway', 'loadbalancer', 'service', 'function', 'worker']);

/**
 * Sign-in, an API gateway, a load balancer or code run by a provider
 * (stated `managed: true`: Auth0, a cloud's API gateway or balancer, a
 * managed agent or messaging service) is a replicated fleet whatever its
 * name: the provider starts and replaces its instances, and no count is
 * the design's to state. Stores are still asked: a managed database is
 * often one instance until a standby is chosen.
 */
function isProviderFleet(component: Component): boolean {
    // A managed product the knowledge base knows (App Service: one instance unless scaled out) decides by its own facts.
    return PROVIDER_FLEET_KINDS.has(component.kind) && component.properties.boolean('managed') === true && component.engine?.managed !== true && countUnsaid(component);
}

/**
 * Stated `managed: true` while no known managed engine settles the count
 * (no engine, an unknown one, or a self-run engine such as postgres whose
 * managed offerings differ): the provider runs it, and how many instances
 * it runs is unknown, not one. Engines that are managed products (RDS,
 * Azure SQL) decide by their own facts; a stated `replicas` decides too.
 */
function isProviderRun(component: Component): boolean {
    return component.properties.boolean('managed') === true && component.engine?.managed !== true && countUnsaid(component);
}

/** One question for every provider-run component the design leaves uncounted (principle 4: unknown is not worst case). */
function askProviderRun(components: readonly Component[], design: Design, report: (report: Report) => void): void {
    const one = components.length === 1;
    askCount(components, design, report, {
        messageId: 'providerRun',
        data: { names: listOf(components), They: one ? 'It' : 'They', are: one ? 'is' : 'are', it: one ? 'it' : 'they', is: one ? 'is' : 'are' },
        assumed: 'is run by its provider, with an instance count the design does not state',
        note: 'managed, instance count not stated'
    });
}

/** One info question (basis assumed) asking the count of components whose count is unknown: on the component, or on the scope holding them with each a related line. */
function askCount(components: readonly Component[], design: Design, report: (report: Report) => void, question: { messageId: string; data: Record<string, string>; assumed: string; note: string }): void {
    if (components.length === 0) {
        return;
    }
    const one = components.length === 1;
    report({
        on: one ? components[0] : decisionScope(design, components),
        messageId: question.messageId,
        data: question.data,
        severity: 'info',
        basis: 'assumed',
        assumptions: components.map((component) => ({ element: component.name, text: `${describe(component)} ${question.assumed}`, settle: 'replicas' })),
        related: one ? undefined : relatedOf(components.map((component) => ({ on: component, note: `${describe(component)}: ${question.note}` })))
    });
}

/**
 * A worker or function that only queues hand work to and that autoscales
 * (on queue depth, say) with no minimum stated: the platform replaces a
 * crashed instance and the queue keeps its message until the visibility
 * timeout hands it to the next one, so nothing waits on the instance and
 * nothing is lost; an unstated minimum is not one instance (principle 4).
 * A stated `min: 1` is judged as always.
 */
function isAutoscaledQueueConsumer(component: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(component);
    return (component.kind === 'worker' || component.kind === 'function') && autoscales(component) && component.properties.block('autoscale')?.min === undefined
        && !component.properties.has('replicas') && incoming.length > 0 && incoming.every((connection) => connection.source.kind === 'queue');
}

/**
 * A job nothing hands work to whose every connection is used in the
 * background or at start-up (`phase: background`: a one-off migration, a
 * periodic sync; `phase: startup`: a machine that runs the deployment's
 * set-up jobs and shuts down): it is on no request path and nothing waits on
 * it, so a crash delays its work until it is run again.
 */
function isBackgroundJob(component: Component, index: DesignIndex): boolean {
    const outgoing = index.outgoing(component);
    // A service nothing calls whose every connection is background work (a cell master off the data path) is such a job too.
    return (component.kind === 'worker' || component.kind === 'function' || component.kind === 'service') && index.incoming(component).length === 0 && outgoing.length > 0
        && outgoing.every((connection) => connection.properties.string('phase') === 'background' || isStartupOnly(connection));
}

/**
 * A job started by a schedule (`schedule: "hourly"`: an aggregation, an
 * index rebuild) that nothing calls, at most a queue or stream holding its
 * input: a crash delays that run until it is run again, while whatever
 * serves its last output keeps serving. Nothing waits on it, so it stops
 * no request.
 */
function isScheduledJob(component: Component, index: DesignIndex): boolean {
    return (component.kind === 'worker' || component.kind === 'function') && component.properties.string('schedule') !== undefined && index.incoming(component).every((connection) => connection.source.kind === 'queue');
}

/**
 * Used by a component that is not an observer, other than at start-up; or it
 * does work of its own (a scheduler, a worker). A telemetry pipeline that
 * only feeds observers (a metrics bus) is not depended on.
 */
function isDependedOn(component: Component, index: DesignIndex): boolean {
    if (feedsOnlyObservers(component, index)) {
        return false;
    }
    const incoming = index.incoming(component);
    if (incoming.some((connection) => !isStartupOnly(connection) && !OBSERVER_KINDS.has(connection.source.kind))) {
        return true;
    }
    return incoming.length === 0 && index.outgoing(component).length > 0;
}

/**
 * A job nothing hands work to (no incoming connection) that is stated
 * idempotent (`idempotent: true`: a resumable copy that rewrites the same
 * rows, a batch that overwrites its outputs): a crash pauses it and running
 * it again completes it, so one instance delays the work without losing it,
 * and nothing waits on it meanwhile.
 */
function isRerunnableJob(component: Component, index: DesignIndex): boolean {
    return (component.kind === 'worker' || component.kind === 'function') && component.properties.boolean('idempotent') === true && index.incoming(component).length === 0;
}

/**
 * A managed offering of an engine whose every managed offering is a
 * replicated cluster (managed Kafka runs several brokers): the provider,
 * not the design, sets the node count, and it is never one.
 */
function isManagedCluster(component: Component): boolean {
    return component.engine?.haWhenManaged === true && component.properties.boolean('managed') === true && component.properties.number('replicas') !== 1;
}

/**
 * Zone-redundant storage (Azure ZRS, a regional EFS file system): object and
 * file storage that spans zones keeps a copy in each. For other kinds the
 * instance count is `replicas`, whatever zones they may be spread over (a
 * network's `zones` reaches members that run one instance too).
 */
function spansZones(component: Component): boolean {
    return component.kind === 'storage' && (component.properties.number('zones') ?? 1) >= 2;
}

/**
 * An embedded store (`embedded: true`, or an engine such as SQLite) runs in
 * its user's process: it fails only with that user, whose instance count is
 * judged as the user's own.
 */
function isEmbedded(component: Component): boolean {
    return component.properties.boolean('embedded') === true;
}

/** `shards: 12`, or `shards: many` (a source that says "sharded" without a count). */
function isSharded(component: Component): boolean {
    return component.properties.get('shards') === REPLICAS_MANY || (component.properties.number('shards') ?? 1) >= 2;
}

function shardsText(component: Component): string {
    const shards = component.properties.number('shards');
    return shards === undefined ? 'several' : String(shards);
}

function isUnreplicatedShards(component: Component): boolean {
    return isSharded(component) && !isRedundant(component);
}

function cannotFailOver(component: Component): boolean {
    return component.kind === 'database' && isRedundant(component) && component.engine?.ha !== true && component.properties.string('failover') === 'none';
}

/**
 * The team's compute in one set, each store kind in its own; a coordinator
 * a judged store uses (ZooKeeper under Kafka) joins that store's set, since
 * it is part of the same cluster and of the same instance-count decision.
 */
function peerSets(components: readonly Component[], index: DesignIndex): Component[][] {
    const sets = new Map<string, Component[]>();
    for (const component of components) {
        const key = peerKey(component, components, index);
        sets.set(key, [...(sets.get(key) ?? []), component]);
    }
    return [...sets.values()];
}

function peerKey(component: Component, judged: readonly Component[], index: DesignIndex): string {
    if (RUN_AS_CODE.has(component.kind)) {
        return 'compute';
    }
    if (component.kind === 'coordinator') {
        const cluster = index.incoming(component).map((connection) => connection.source).find((source) => isDataStore(source) && judged.includes(source));
        return cluster?.kind ?? component.kind;
    }
    return component.kind;
}

function singleInstance(component: Component, index: DesignIndex, traffic: Traffic, severityOf: (component: Component) => Severity): Report {
    return {
        on: component,
        // A count left out is the language's reading of silence, not the source's: the message says so and asks.
        messageId: countUnsaid(component) ? 'singleInstanceUnsaid' : 'singleInstance',
        data: { what: describe(component), autoscaling: autoscalingNote(component), consequence: consequenceOf(component, index, traffic) },
        severity: severityOf(component),
        basis: 'stated',
        fix: replicate([component])
    };
}

/**
 * Error where a stated high target meets a single instance on the request
 * path; a warning elsewhere, and in an active-active deployment (another
 * region serves while this one's instance is replaced).
 */
function severityFor(design: Design, traffic: Traffic): (component: Component) => Severity {
    const target = availabilityTarget(design);
    const high = target !== undefined && target >= HIGH_TARGET && !isActiveInSeveralRegions(design);
    return (component) => {
        // A count left out is read as one instance by the language, not stated as one: an error may not rest on it,
        // and for code the team runs (a tier sources draw as one box and run as many) it is a question.
        if (countUnsaid(component) || floorUnsaid(component)) {
            return RUN_AS_CODE.has(component.kind) ? 'info' : 'warning';
        }
        return high && traffic.onRequestPath(component) ? 'error' : 'warning';
    };
}

function worst(severities: readonly Severity[]): Severity {
    return severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : 'info';
}

/** ` (it autoscales, but from a minimum of 1)`: an autoscaler that may run one instance is not hidden. */
function autoscalingNote(component: Component): string {
    if (!autoscales(component)) {
        return '';
    }
    const min = component.properties.block('autoscale')?.min;
    return typeof min === 'number' ? ` (it autoscales, but from a minimum of ${min})` : ' (it autoscales, with no minimum stated)';
}

/** The related location's line: `runs one instance`, `autoscales from a minimum of 1`. */
function instancesNote(component: Component): string {
    const note = autoscalingNote(component);
    return note === '' ? 'runs one instance' : `runs one instance${note}`;
}

/** A cache that only holds locks, or the only copy of its data, has no store behind it to fall through to. */
function consequenceOf(component: Component, index: DesignIndex, traffic: Traffic): string {
    const callers = index.incoming(component);
    if (component.kind === 'cache' && callers.length > 0 && callers.every(isLock)) {
        return 'no lock can be taken and the work that needs one stops';
    }
    if (component.kind === 'cache' && callers.length > 0 && !fallsThroughToStore(component, index)) {
        return 'every request that reads it fails, and no store behind it holds its data to rebuild it from';
    }
    if (traffic.onRequestPath(component)) {
        return ON_PATH[component.kind] ?? 'every request through it fails';
    }
    return OFF_PATH[component.kind] ?? 'the work that uses it stops until it is back';
}

/** `services, workers and gateways`: the kinds listed, in the plural. */
function kindsText(components: readonly Component[]): string {
    return joinWords(unique(components.map((component) => PLURALS[component.kind] ?? `${component.kind}s`)));
}

const PLURALS: Readonly<Partial<Record<ComponentKind, string>>> = { search: 'search engines', storage: 'object stores', idp: 'identity providers' };

function replicate(components: readonly Component[]): Report['fix'] {
    const [first] = components;
    if (components.length === 1) {
        return { kind: 'set-properties', title: `Run two instances of ${first.name}`, target: first, properties: [{ key: 'replicas', value: '2' }] };
    }
    return { kind: 'set-properties-each', title: `Run two instances of each of ${components.length} components`, targets: components, properties: [{ key: 'replicas', value: '2' }] };
}
