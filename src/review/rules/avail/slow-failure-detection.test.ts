import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './slow-failure-detection.js';

const FRONT = 'client U\nloadbalancer Lb { engine: alb }\n';

testRule(rule, {
    valid: [
        // Round 25: an Application Gateway probing one App Service every 30 s was told a dead instance keeps its share of requests.
        { name: 'regression: a gateway whose only target is a managed platform that routes around its own instances', design: 'client U\nloadbalancer Agw { engine: azure_application_gateway, health_check: { interval: 30s, timeout: 30s, threshold: 3 } }\nservice Web { engine: app_service, replicas: 3 }\nexternal Vault\nlogging Logs\nU -> Agw -> Web\nAgw -> Vault : reads { phase: startup }\nAgw -> Logs { uses: telemetry }' },
        { name: 'probes every 10 s, 3 failures: out within 30 s', design: `${FRONT}service Web { replicas: 3, health_check: { path: "/ready", interval: 10s, threshold: 3 } }\nU -> Lb -> Web` },
        { name: 'exactly a minute (30 s × 2, a common default)', design: `${FRONT}service Web { replicas: 2, health_check: { interval: 30s, threshold: 2 } }\nU -> Lb -> Web` },
        { name: 'a health check with no interval stated: the platform default', design: `${FRONT}service Web { replicas: 2, health_check: true }\nU -> Lb -> Web` },
        { name: 'a single instance has nothing to fail over to', design: `${FRONT}service Web { health_check: { interval: 5m, threshold: 2 } }\nU -> Lb -> Web` },
        { name: 'DNS failover between regions at Route 53\'s default (30 s × 3): a TTL-scale failover, not judged', design: 'client U\ndns Records { engine: route53, health_check: { interval: 30s, threshold: 3 } }\nservice East { replicas: 2 }\nservice West { replicas: 2 }\nU -> Records\nRecords -> East\nRecords -> West' },
        { name: 'a balancer that probes its targets promptly', design: 'client U\nloadbalancer Lb { engine: haproxy, replicas: 2, health_check: { interval: 5s, timeout: 2s, threshold: 2 } }\nservice Web { replicas: 2 }\nU -> Lb -> Web' }
    ],
    invalid: [
        {
            name: 'a gateway probing virtual machines it balances itself is judged',
            design: 'client U\nloadbalancer Agw { engine: azure_application_gateway, health_check: { interval: 30s, timeout: 30s, threshold: 3 } }\nservice Web { replicas: 3 }\nU -> Agw -> Web',
            findings: [{ element: 'Agw', severity: 'warning', messageId: 'slow', message: 'loadbalancer Agw checks health every 30s with a 30s timeout and takes an instance out after 3 failed probes: a dead or hung instance keeps receiving its share of requests for about 90s, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.' }]
        },
        {
            name: 'probes a minute apart, two failures needed',
            design: `${FRONT}service Web { replicas: 2, health_check: { path: "/", interval: 60s, timeout: 60s, threshold: 2 } }\nU -> Lb -> Web`,
            findings: [{ element: 'Web', severity: 'warning', messageId: 'slow', message: 'service Web checks health every 1m with a 1m timeout and takes an instance out after 2 failed probes: a dead or hung instance keeps receiving its share of requests for about 2m, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.' }]
        },
        {
            name: 'no threshold stated: the least it can take, still over a minute',
            design: 'client U\nloadbalancer Lb { engine: nginx, replicas: 2, health_check: { interval: 90s } }\nservice Web { replicas: 2 }\nU -> Lb -> Web',
            findings: [{ element: 'Lb', message: 'loadbalancer Lb checks health every 90s and takes an instance out after a failed probe: a dead or hung instance keeps receiving its share of requests for about 90s, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.' }]
        },
        {
            name: 'a timeout longer than the interval: each failed probe waits for it',
            design: `${FRONT}service Web { replicas: 2, health_check: { interval: 10s, timeout: 30s, threshold: 3 } }\nU -> Lb -> Web`,
            findings: [{ element: 'Web', message: 'service Web checks health every 10s with a 30s timeout and takes an instance out after 3 failed probes: a dead or hung instance keeps receiving its share of requests for about 90s, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.' }]
        },
        {
            name: 'two fleets with the same slow checks behind one balancer: one finding on the balancer',
            design: `${FRONT}network East {\n  service WebEast { replicas: 2, health_check: { interval: 60s, threshold: 2 } }\n}\nnetwork West {\n  service WebWest { replicas: 2, health_check: { interval: 60s, threshold: 2 } }\n}\nU -> Lb\nLb -> WebEast\nLb -> WebWest`,
            findings: [{ element: 'Lb', messageId: 'slowEach', message: 'The health checks of 2 components (WebEast and WebWest) need up to 2m to take a dead instance out: a dead or hung instance keeps receiving its share of requests that long, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.' }]
        },
        {
            name: 'one fleet slower than its peer: its own finding',
            design: `${FRONT}service Api { replicas: 2, health_check: { interval: 5s, threshold: 2 } }\nservice Web { replicas: 2, health_check: { interval: 2m, threshold: 2 } }\nU -> Lb\nLb -> Api\nLb -> Web`,
            findings: [{ element: 'Web', message: 'service Web checks health every 2m and takes an instance out after 2 failed probes: a dead or hung instance keeps receiving its share of requests for about 4m, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.' }]
        }
    ]
});
