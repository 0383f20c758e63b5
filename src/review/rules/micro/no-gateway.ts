import type { Component, ComponentKind, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { RelatedReport } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { isService } from '../../graph/sync-service-graph.js';
import { judgesPractices } from '../../../model/purpose.js';

interface Options {
    readonly minServices: number;
}

/** Related locations shown with one finding. */
const MAX_RELATED = 25;

/** Components that carry a request on without giving clients one API: name resolution, edge caching, spreading over replicas. */
const PASS_THROUGH_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['dns', 'cdn', 'loadbalancer']);

export default defineRule<Options>({
    meta: {
        id: 'micro/no-gateway',
        section: 'microservices',
        severity: 'info',
        description: 'A client calls three or more services directly, with no gateway in front of them.',
        rationale: 'A client that calls many services directly must know each address and each API, makes several round trips over a slow mobile network, and breaks whenever the services are split or merged. Authentication, rate limits, TLS and API versioning are then repeated in every service. An API gateway (or a backend for frontend per client) gives clients one entry point and keeps the services free to change behind it.',
        question: 'What sits between the clients of {design} and its services to handle authentication, rate limits and routing?',
        messages: {
            direct: 'client {client} calls {count} services directly ({services}): it must know every address, and authentication, rate limits and API versions are handled again in each service.'
        },
        options: {
            schema: { type: 'object', properties: { minServices: { type: 'integer', minimum: 2, description: 'How many services one client may call directly before a gateway is suggested.' } }, additionalProperties: false },
            defaults: { minServices: 3 }
        },
        fix: 'Puts an API gateway (authenticating and rate-limiting) between the client\'s last hop and the services it reaches.',
        references: ['Chris Richardson, microservices.io: API gateway and Backends for frontends patterns', 'Microsoft Azure Architecture Center: Use API gateways in microservices'],
        quality: {
            grouping: 'One design-wide finding per client calling three or more services directly, listing them.',
            basis: 'Stated: the client\'s connections and what stands in front of the services.',
            unknowns: 'A load balancer or CDN doing a gateway\'s job (an engine that routes, authentication, or forwarding to several services by path) counts as a gateway.',
            severity: 'Info: a question. On the tuning corpus (67 designs): 1 of 2 findings raised (browsers calling three backends on their own public ports); the other (self-contained systems linked from an index page) is not worth raising; path routing on load balancers, once reported, is now read as one entry point. On 85 designs 3 findings, all on samples or demos: 1 raised (three backends answering authentication differently: JWT, none, none), 2 noise (a local sample and a demo whose services all answer alike); a sample or demo is now asked only where its services\' edge answers differ.'
        },
        decisions: [
            '"Clients call services directly" is judged per client: one client reaching three or more services, each client reaching its own service (backends for frontends) is fine.',
            'Services, workers and functions count as services. A client reaches one directly over a synchronous connection, or through DNS, CDNs and load balancers only: they carry the request but do not give clients one API (the language defines routing between services as a gateway\'s job).',
            'A `gateway`, and a load balancer or CDN that does a gateway\'s job, stops the search: one whose engine also serves as a gateway (NGINX, Envoy, HAProxy, Traefik, Cloudflare), that authenticates callers (`auth` other than `none`), or that forwards to two or more different services (it routes each request by path or host: clients reach one address, and authentication and rate limits at that entry are asked by sec/unauthenticated-entrypoint and sec/no-rate-limit). DNS that resolves each service\'s own name does not: the client still holds every address.',
            'External systems calling webhooks are not clients of an API and are not judged.',
            'In a design not for production (a demo, sample, benchmark, proof of concept or teaching example, `purpose`), a client calling each service on its own port is how the sample shows its services, and a gateway is not its point: the finding is raised only where the services the client reaches give different answers at the edge (two different `auth` stated on them or on the client\'s connections, or a `rate_limit` on some and not others), which one entry point would settle.',
            'The finding is design-wide (a gateway is missing); there is no quick fix yet, because adding a gateway means rerouting the client\'s connections through it, which the fix kinds cannot express.'
        ],
        examples: {
            flagged: 'client App\nservice Users { replicas: 2 }\nservice Feed { replicas: 2 }\nservice Posts { replicas: 2 }\nApp -> Users : https\nApp -> Feed : https\nApp -> Posts : https',
            fixed: 'client App\ngateway Api { engine: kong, replicas: 2 }\nservice Users { replicas: 2 }\nservice Feed { replicas: 2 }\nservice Posts { replicas: 2 }\nApp -> Api : https\nApi -> Users : grpcs\nApi -> Feed : grpcs\nApi -> Posts : grpcs'
        }
    },
    check({ design, index, options, report }) {
        for (const client of index.ofKind('client')) {
            const reached = servicesCalledDirectly(client, index);
            const services = [...reached.keys()];
            if (services.length < options.minServices || (!judgesPractices(design) && !edgesDiffer(reached))) {
                continue;
            }
            report({
                on: design,
                messageId: 'direct',
                data: { client: client.name, count: services.length, services: services.map((service) => service.name).join(', ') },
                related: [client, ...services].map((component): RelatedReport => ({ on: component, message: component === client ? `${describe(client)} calls them` : `${describe(component)} is called directly by ${client.name}` })).slice(0, MAX_RELATED),
                fix: {
                    kind: 'insert-between',
                    title: `Put an API gateway in front of the services ${client.name} calls`,
                    component: { kind: 'gateway', name: `${client.name}Gateway`, properties: [{ key: 'replicas', value: '2' }, { key: 'auth', value: 'oauth2' }, { key: 'rate_limit', value: '1k' }] },
                    connections: [...reached.values()]
                }
            });
        }
    }
});

/** The services a client reaches over synchronous connections through no gateway (with the connection that reaches each), in the order found. */
function servicesCalledDirectly(client: Component, index: DesignIndex): Map<Component, Connection> {
    const services = new Map<Component, Connection>();
    const seen = new Set<Component>([client]);
    const queue: Component[] = [client];
    for (let head = 0; head < queue.length; head++) {
        for (const connection of index.outgoing(queue[head])) {
            const target = connection.target;
            if (connection.mode !== 'sync' || seen.has(target)) {
                continue;
            }
            seen.add(target);
            if (isService(target)) {
                services.set(target, connection);
            } else if (PASS_THROUGH_KINDS.has(target.kind) && !actsAsGateway(target) && !routesToSeveralServices(target, index)) {
                queue.push(target);
            }
        }
    }
    return services;
}

/**
 * A load balancer or CDN that forwards to several different services routes
 * each request by its path or host: clients already reach one address, and
 * the controls a gateway adds at that entry (authentication, rate limits)
 * are asked of it by the edge security rules.
 */
function routesToSeveralServices(component: Component, index: DesignIndex): boolean {
    if (component.kind === 'dns') {
        return false;
    }
    const services = new Set(index.outgoing(component).filter((connection) => connection.mode === 'sync' && isService(connection.target)).map((connection) => connection.target));
    return services.size >= 2;
}

/** A load balancer or CDN whose engine is also a gateway, or that authenticates callers, is one in effect. */
function actsAsGateway(component: Component): boolean {
    return component.engine?.kinds.includes('gateway') === true || component.properties.enabled('auth');
}

/**
 * The services a client reaches give different answers at the edge: two
 * different `auth` values stated on them or on the connections that reach
 * them, or a `rate_limit` on some and not on others. One entry point would
 * give them one answer.
 */
function edgesDiffer(reached: ReadonlyMap<Component, Connection>): boolean {
    const auths = new Set<string>();
    let limited = 0;
    for (const [service, connection] of reached) {
        const auth = connection.properties.string('auth') ?? service.properties.string('auth');
        if (auth !== undefined) {
            auths.add(auth);
        }
        if (service.properties.has('rate_limit') || connection.properties.has('rate_limit')) {
            limited++;
        }
    }
    return auths.size > 1 || (limited > 0 && limited < reached.size);
}
