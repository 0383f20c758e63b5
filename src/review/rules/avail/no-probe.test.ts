import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-probe.js';

testRule(rule, {
    valid: [
        { name: 'a probed service', design: 'client U\nservice Api { health_check: { path: "/healthz" } }\nU -> Api' },
        { name: 'a service that does not say (its image or platform may probe it)', design: 'client U\nservice Api\nU -> Api' },
        { name: 'a scheduled job runs to completion', design: 'worker Report { schedule: "nightly", health_check: false }' },
        { name: 'a load balancer\'s health check is about its targets', design: 'loadbalancer Lb { health_check: false }' }
    ],
    invalid: [
        {
            name: 'one unprobed service among probed peers',
            design: 'client U\nservice Api { health_check: true }\nservice Orders { health_check: false }\nU -> Api -> Orders',
            findings: [{ element: 'Orders', severity: 'warning', messageId: 'noProbe', message: 'service Orders has no health probe: the platform routes requests to an instance that has started but cannot serve, and never restarts one that hangs.' }]
        },
        {
            name: 'no component probed: one decision',
            design: 'client U\nnetwork Shop {\n  service Api { health_check: false }\n  worker Mailer { health_check: false }\n}\nU -> Api',
            findings: [{ element: 'Shop', severity: 'warning', messageId: 'noProbeEach', message: '2 components have no health probe (Api and Mailer): the platform routes requests to instances that cannot serve and never restarts hung ones. Probing is one decision for the deployment: a readiness and a liveness probe on each.' }]
        }
    ]
});
