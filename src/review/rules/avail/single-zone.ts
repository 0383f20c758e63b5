import type { Component, ComponentKind, Design } from '../../../model/design.js';
import type { Severity } from '../../../model/finding.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, describe, formatPercent, isStoreToStoreCopy, minInstances } from '../../../model/component-facts.js';
import { isActiveInSeveralRegions, isMultiRegion } from '../../../model/regions.js';
import { decisionScope, relatedOf, reportDecision } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';
import { inScope } from '../../../model/out-of-scope.js';
import { availabilityWordsSaid } from '../../helpers/availability-words.js';

/** Their failure does not fail a request of this design (as for avail/single-point-of-failure). */
const EXEMPT_KINDS = new Set<ComponentKind>(['client', 'external', 'monitoring', 'logging']);
/** Above this, a target needs more than one zone: the providers' single-zone SLAs stop at 99.95%. */
const SINGLE_ZONE_CEILING = 0.9995;
/** From this target up, a zone outage (hours, a few times a year) alone uses the budget: where the zones are is worth asking. */
const ZONES_MATTER = 0.9995;
/** From this target up, one region is not enough (dr/single-region's default): the deployment question is asked there, once. */
const REGIONS_MATTER = 0.9999;

export default defineRule({
    meta: {
        id: 'avail/single-zone',
        section: 'failure-recovery',
        instanceLoss: true,
        severity: 'warning',
        description: 'Replicated components on the request path keep all their instances in one availability zone, or the design targets an availability without saying how many zones they span.',
        rationale: 'Replicas protect against the loss of a machine, not of the building it stands in. An availability zone fails as a unit (power, cooling, network, a bad change rolled out zone by zone), and when every replica sits in the same one they all go down together. Spreading replicas over two or three zones costs little and is what "highly available" means in every cloud; the providers promise 99.99% only to deployments that span zones.',
        question: 'What happens to {element} when its availability zone goes down?',
        messages: {
            singleZone: '{what} keeps all its instances in one availability zone (zones: 1): a zone outage takes every one of them down at once.',
            singleZoneTarget: '{what} keeps all its instances in one availability zone (zones: 1), but the design targets {target}: one zone cannot meet that (single-zone deployments are promised 99.95% at most), and a zone outage takes every instance down at once.',
            unstatedZones: 'The design targets {target} availability, but {count} replicated components on the request path do not say how many availability zones they span ({names}): are their instances spread over zones, so that one zone outage leaves the others serving?',
            unstatedZonesInWords: 'The design speaks of "{words}" ({where}), but {count} replicated components on the request path do not say how many availability zones they span ({names}): are they zone-redundant (for a managed service, a tier or setting to choose), so that one zone outage leaves the others serving?'
        },
        fix: 'Sets `zones` to the number of instances (2 or 3) on each component listed.',
        references: ['AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations', 'Azure Well-Architected RE:05 Redundancy (availability zones)'],
        quality: {
            grouping: 'Zones are one deployment decision: components that leave their zone count unstated give one design-level question listing them; a component that states `zones: 1` is its own finding.',
            basis: 'Instance counts and zones are stated (or engine `ha` facts); the availability target is the design\'s own; the 99.95% ceiling of one zone is the providers\' published SLAs.',
            unknowns: 'An unstated zone count is not read as one zone: it is asked once, and only when the design states an availability target of 99.95% or more for zones to serve, or, stating no target, promises availability in its own words (its title, a system or network: "high availability", "zone-redundant"); engines with `ha` facts span zones by themselves, except those whose zone redundancy is a tier or setting the design must choose (`zones_by_tier`: Azure SQL Database, Cosmos DB, Service Bus), which are asked about when they state no `zones`; a network\'s `zones` reaches its members. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed, and a design stating it is not built for high availability (`requirements { out_of_scope: [high_availability] }`) is not judged at all.',
            severity: 'A warning for a stated single zone, an error when the design also states a target above 99.95% that one zone cannot meet, and an info question for unstated zones (a question, never a gap). On the tuning corpus it now asks nothing: its 7 wrong warnings were unstated zones on designs with no target (on premises, racks are the failure domain). On 67 designs (round 11) it asks 2 questions (the one for a 99.99% target in one region, noise beside dr/single-region\'s deployment question, is gone), both new, on designs sold as highly available in words whose managed data tier states no zone redundancy, are raised (one of them a listed miss).'
        },
        decisions: [
            'A store stated in one zone that is linked by replication to another drawn store of its kind (cross-cluster replication, a standby copy) is not flagged: two copies drawn apart, each stated in one zone, say nothing about sharing that zone, and the source drew the second to survive the first (field corpus, round 36: Pinterest\'s two HBase clusters, each in its own availability zone with dual writes and replication between them, were each flagged as single-zone).',
            'A design that states it is not built for high availability (`requirements { out_of_scope: [high_availability] }`) gets no finding: the review does not run the rules that judge surviving the loss of an instance on it (`meta.instanceLoss`).',
            'Only components that run two or more instances (replicas, or autoscale min ≥ 2) are judged: a single instance is `avail/single-point-of-failure`\'s concern.',
            'A component spans zones with `zones: 2` or more, or `regions` listing two or more regions. An engine that is highly available on its own (ALB, CloudFront, S3, DynamoDB…) spans zones unless the design writes `zones: 1`.',
            '`zones: 1` written on a replicated component is a warning, and an error when the design targets more than 99.95% (the most a provider promises a single zone).',
            'Zones left unstated are one design-level question, asked only when the design states an availability target of 99.95% or more (a zone outage alone would use that budget), or states no target but promises availability in its own words (as avail/availability-in-words reads them: the title, systems and networks); without either there is nothing the zones must achieve, and an on-premises design may use racks or rooms as its failure domains.',
            'A managed service that is highly available within its region but spans zones only in a tier or setting the design must choose (`zones_by_tier`: zone-redundant Azure SQL Database, Cosmos DB zone redundancy, Service Bus Premium) is listed in that question when it states no `zones`; other engines with `ha` facts span zones by themselves.',
            'Unstated zones are not asked about when the target is 99.99% or more and the design runs in one region: dr/single-region then asks the deployment question (one region cannot meet that target), and the zones are part of that one answer; a stated `zones: 1` is still reported.',
            'An `active_active` deployment is not flagged: every region serves, so a zone outage in one leaves the others serving.',
            'Only the request path is judged, as for single points of failure; clients, external systems, monitoring and logging never are.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 3, zones: 1 }\nU -> Api',
            fixed: 'client U\nservice Api { replicas: 3, zones: 3 }\nU -> Api'
        }
    },
    check({ design, traffic, report }) {
        if (isActiveInSeveralRegions(design)) {
            return;
        }
        const target = availabilityTarget(design);
        const judged = inScope(design.components).filter((component) => !component.foreign && !EXEMPT_KINDS.has(component.kind) && traffic.onRequestPath(component) && isReplicated(component) && !spansRegions(component));
        // A store copied to or from another drawn store has its data outside its own zone count: the pair is the redundancy.
        for (const component of judged.filter((candidate) => candidate.properties.number('zones') === 1 && !hasDrawnCopy(candidate, design))) {
            const severity: Severity = target !== undefined && target > SINGLE_ZONE_CEILING ? 'error' : 'warning';
            report({
                on: component,
                messageId: severity === 'error' ? 'singleZoneTarget' : 'singleZone',
                data: { what: describe(component), target: target === undefined ? '' : formatPercent(target) },
                severity,
                basis: 'stated',
                fix: spreadOverZones([component])
            });
        }
        const unstated = judged.filter((component) => !component.properties.has('zones') && (component.engine?.ha !== true || component.engine.zonesByTier === true));
        // A target high enough for zones to matter, or, with no target, the design's own words promising availability.
        const [said] = target === undefined ? availabilityWordsSaid(design) : [];
        if ((said === undefined && (target === undefined || target < ZONES_MATTER)) || unstated.length === 0) {
            return;
        }
        // A target one region cannot meet, in one region: dr/single-region asks the deployment question, zones included.
        if (target !== undefined && target >= REGIONS_MATTER && !isMultiRegion(design)) {
            return;
        }
        const affected = unstated.map((component) => ({ on: component, note: `${describe(component)}: ${zonesNote(component)}` }));
        const once = {
            on: decisionScope(design, unstated),
            messageId: target === undefined ? 'unstatedZonesInWords' : 'unstatedZones',
            data: { target: target === undefined ? '' : formatPercent(target), words: said?.words ?? '', where: said?.where ?? '', count: unstated.length, names: listOf(unstated) },
            severity: 'info' as const,
            basis: 'stated' as const,
            fix: spreadOverZones(unstated)
        };
        // One question whatever the count: the zones are one decision even for a single component.
        reportDecision(report, { affected, peers: 1, once, each: (item) => ({ ...once, related: relatedOf([item]) }) });
    }
});

/** `2 instances, zones not stated`, or for a managed service whose zone redundancy is a tier: `zone redundancy is a tier or setting, not stated`. */
function zonesNote(component: Component): string {
    return component.engine?.zonesByTier === true ? 'zone redundancy is a tier or setting, not stated' : `${minInstances(component)} instances, zones not stated`;
}

function isReplicated(component: Component): boolean {
    return minInstances(component) >= 2 || component.engine?.ha === true;
}

function spansRegions(component: Component): boolean {
    return (component.properties.words('regions') ?? []).length >= 2;
}

/** One zone per instance, at least two and at most three (more rarely adds anything). */
function zonesFor(component: Component): number {
    return Math.min(Math.max(minInstances(component), 2), 3);
}

/**
 * The store is linked by replication to another drawn store of its kind (a
 * connection from one database to another: cross-cluster replication, a
 * standby copy; an export into object storage is a backup, not a copy that serves):
 * two copies drawn apart, each stated in one zone, say nothing about
 * sharing that zone, and the source drew the second to survive the first.
 */
function hasDrawnCopy(store: Component, design: Design): boolean {
    return design.connections.some((connection) => (connection.source === store || connection.target === store)
        && isStoreToStoreCopy(connection) && connection.source.kind === connection.target.kind);
}

function spreadOverZones(components: readonly Component[]): Fix {
    const [first] = components;
    if (components.length === 1) {
        return { kind: 'set-properties', title: `Spread ${first.name} over several zones`, target: first, properties: [{ key: 'zones', value: String(zonesFor(first)) }] };
    }
    const zones = Math.min(...components.map(zonesFor));
    return { kind: 'set-properties-each', title: `Spread ${components.length} components over ${zones} zones`, targets: components, properties: [{ key: 'zones', value: String(zones) }] };
}
