import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-health-check.js';

/** A client reaching two replicas through the balancer written in `balancer`. */
function behind(balancer: string): string {
    return `client U\n${balancer}\nservice Api { replicas: 2 }\nU -> Lb -> Api`;
}

testRule(rule, {
    valid: [
        { name: 'regression: a lone HAProxy whose source does not describe its configuration is not asked', design: behind('loadbalancer Lb { engine: haproxy, replicas: 2 }') },
        { name: 'regression: a lone self-managed gateway (Kong) with no health check stated is not asked', design: behind('gateway Lb { engine: kong, replicas: 2 }') },
        { name: 'regression: several self-managed proxies, none declaring health checks: the design leaves their configuration out', design: 'client U\ngateway A { engine: envoy, replicas: 2 }\ngateway B { engine: envoy, replicas: 2 }\nservice Api { replicas: 2 }\nU -> A -> Api\nU -> B -> Api' },
        { name: 'regression: a proxy the design draws but does not describe is not judged', design: 'client U\nloadbalancer Edge { engine: nginx, replicas: 4, out_of_scope: true }\nservice Api { replicas: 2 }\nU -> Edge -> Api' },
        { name: 'a managed load balancer checks health by default (engine fact)', design: behind('loadbalancer Lb { engine: alb }') },
        { name: 'a self-managed proxy with health checks', design: behind('loadbalancer Lb { engine: haproxy, replicas: 2, health_check: true }') },
        { name: 'a health check block', design: behind('gateway Lb { engine: nginx, replicas: 2, health_check: { path: "/healthz", interval: 10s } }') },
        { name: 'no engine: nothing to judge', design: behind('loadbalancer Lb { replicas: 2 }') },
        { name: 'a proxy run by a provider (managed: true overrides the fact)', design: behind('loadbalancer Lb { engine: envoy, managed: true }') },
        { name: 'a managed API gateway', design: behind('gateway Lb { engine: api_gateway }') },
        { name: 'targets that declare their own health checks (readiness probes)', design: 'client U\ngateway Ingress { engine: nginx, replicas: 2 }\nservice Api { replicas: 2, health_check: true }\nU -> Ingress -> Api' },
        { name: 'every target runs in a service mesh, whose control plane hands the proxy only ready endpoints', design: 'client U\ngateway Ingress { engine: envoy, replicas: 2 }\nnetwork Cluster {\n  mesh: linkerd\n  service Api { replicas: 2 }\n}\nU -> Ingress -> Api' },
        { name: 'reached only through an edge that probes its origins (engine fact)', design: 'client U\ncdn Edge { engine: azure_front_door }\ngateway Ingress { engine: nginx, replicas: 2 }\nservice Api { replicas: 2 }\nU -> Edge -> Ingress -> Api' }
    ],
    invalid: [
        {
            name: 'health checks turned off',
            design: behind('loadbalancer Lb { engine: alb, health_check: false }'),
            findings: [{ element: 'Lb', severity: 'warning', messageId: 'disabled', message: 'loadbalancer Lb has health_check: false: it keeps sending requests to crashed or hung instances, and every one of those requests fails.' }]
        },
        {
            name: 'a proxy that declares no health checks while another proxy of the design does',
            design: 'client U\nloadbalancer Lb { engine: haproxy, replicas: 2 }\ngateway Admin { engine: kong, replicas: 2, health_check: true }\nservice Api { replicas: 2 }\nservice Ops { replicas: 2 }\nU -> Lb -> Api\nU -> Admin -> Ops',
            findings: [{ element: 'Lb', messageId: 'undeclared', severity: 'info', message: 'loadbalancer Lb runs haproxy, a self-managed proxy, and declares no health_check, unlike the other proxies of the design: unless it is configured, requests keep going to crashed or hung instances.' }]
        },
        {
            name: 'a load balancer in front checks only the proxy, not what is behind it',
            design: 'client U\nloadbalancer Lb { engine: alb }\ngateway Gw { engine: envoy, replicas: 2 }\ngateway Admin { engine: envoy, replicas: 2, health_check: true }\nservice Api { replicas: 2 }\nservice Ops { replicas: 2 }\nU -> Lb -> Gw -> Api\nU -> Admin -> Ops',
            findings: [{ element: 'Gw', message: 'gateway Gw runs envoy, a self-managed proxy, and declares no health_check, unlike the other proxies of the design: unless it is configured, requests keep going to crashed or hung instances.' }]
        },
        {
            name: 'a mesh around only some of the targets does not cover the others',
            design: 'client U\ngateway Ingress { engine: envoy, replicas: 2 }\ngateway Admin { engine: envoy, replicas: 2, health_check: true }\nnetwork Cluster {\n  mesh: istio\n  service Api { replicas: 2 }\n}\nservice Legacy { replicas: 2 }\nservice Ops { replicas: 2 }\nU -> Ingress -> Api\nIngress -> Legacy\nU -> Admin -> Ops',
            findings: [{ element: 'Ingress', message: 'gateway Ingress runs envoy, a self-managed proxy, and declares no health_check, unlike the other proxies of the design: unless it is configured, requests keep going to crashed or hung instances.' }]
        }
    ]
});
