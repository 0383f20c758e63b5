import type { Component } from '../../../model/design.js';
import { describe, isDataStore } from '../../../model/component-facts.js';
import { inScope } from '../../../model/out-of-scope.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { joinWords, namesOf } from '../../helpers/wording.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    meta: {
        id: 'sec/published-store-port',
        section: 'security',
        severity: 'warning',
        description: 'A database, cache, queue, search index, store or coordinator that publishes a port outside its private network (`published`: a Compose `ports` entry, a Kubernetes NodePort or LoadBalancer Service).',
        rationale: 'A published store port is a way into the data that skips every service in front of it: whatever reaches the host (or the load balancer) can try the database\'s own login, often a default or a password written in the same file, and scanners find such ports within minutes of a host going online. Services reach their stores inside the network; people who need the store directly reach it through a bastion, a tunnel or a port bound to the loopback address.',
        question: 'Who outside the network can reach {element} on its published port, and why does it need to be published at all?',
        messages: {
            published: '{what} publishes port {ports} outside its private network: whatever reaches the host reaches it directly, past the services in front of it, with nothing but its own login in the way.',
            publishedEach: '{count} stores publish their ports outside their private network ({stores}): whatever reaches the host reaches each directly, past the services in front of them. Publishing stores is one decision: reach them from inside the network (or bind them to 127.0.0.1) instead.'
        },
        references: ['CIS Docker Benchmark 5.13: bind incoming container traffic to a specific host interface', 'OWASP Top 10 A05:2021 Security Misconfiguration', 'Kubernetes documentation: Service types (NodePort, LoadBalancer)'],
        quality: {
            grouping: 'Publishing store ports is one decision for a deployment (one Compose file or manifest set): when two or more stores publish one, one finding on their network or design lists them, whether or not other stores publish none (round 22: three stores of one Compose file reported one by one were judged one concern and two copies); a single publishing store is reported on its own.',
            basis: 'Stated: `published` on the store, which an import writes from the deployment (a port bound to the loopback address is not written).',
            unknowns: 'A store that states no `published` ports is not judged; a firewall in front of the host is not in the files, so the finding says what the files show and asks why the port is published.',
            severity: 'A warning: the exposure is stated, but a development file often publishes a database on purpose for local tools; a reviewer asks about it before a deployment takes it anywhere.'
        },
        decisions: [
            'Databases, caches, queues, search indexes, object stores and coordinators are judged; services, gateways and balancers publish ports to be used.',
            'Components the design draws but does not describe (`out_of_scope: true`) are not judged.'
        ],
        examples: {
            flagged: 'service Api\ndatabase Db { engine: postgres, published: [5432] }\nApi -> Db : sql',
            fixed: 'service Api\ndatabase Db { engine: postgres }\nApi -> Db : sql'
        }
    },
    check({ design, report }) {
        const stores = inScope(design.components.filter((component) => !component.foreign && (isDataStore(component) || component.kind === 'coordinator')));
        const published = stores.filter((store) => portsOf(store).length > 0);
        reportDecision(report, {
            affected: published.map((store) => ({ on: store, note: `${describe(store)}: port ${joinWords(portsOf(store).map(String))} published` })),
            // Which store ports a deployment file publishes is one decision, however many stores it leaves unpublished.
            peers: published.length,
            once: { on: decisionScope(design, published), messageId: 'publishedEach', data: { count: published.length, stores: namesOf(published) }, basis: 'stated' },
            each: ({ on }) => {
                const store = on as Component;
                return { on: store, messageId: 'published', data: { what: describe(store), ports: joinWords(portsOf(store).map(String)) }, basis: 'stated' };
            }
        });
    }
});

function portsOf(store: Component): number[] {
    const value = store.properties.get('published');
    return Array.isArray(value) ? value.filter((port): port is number => typeof port === 'number') : [];
}
