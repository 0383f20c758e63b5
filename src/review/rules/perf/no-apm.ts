import { defineRule } from '../../rule.js';
import { isDeclared, settingValue } from '../../helpers/perf-settings.js';

interface Options {
    readonly minServices: number;
}

export default defineRule<Options>({
    meta: {
        id: 'perf/no-apm',
        section: 'performance-testing',
        severity: 'info',
        description: 'Three or more services and no APM (`operations.apm` or `testing.apm`).',
        rationale: 'With several services, a slow request is slow somewhere: in one service, one query, one call. Application performance monitoring records latency, error rate and resource use per endpoint and per dependency, in tests and in production, so the slow part is found in minutes rather than guessed at. Without it, performance tests say that something is slow but not what.',
        question: 'When {design} gets slower after a release, how do you find the query or call responsible?',
        messages: {
            noApm: 'Design {name} has {count} services and no APM: when a request is slow, nobody can see which service, query or call spends the time.'
        },
        options: {
            schema: { type: 'object', properties: { minServices: { type: 'integer', minimum: 1, description: 'How many services (services, workers, functions) a design needs before APM is asked for.' } }, additionalProperties: false },
            defaults: { minServices: 3 }
        },
        references: ['AWS Well-Architected PERF05-BP02 Use monitoring solutions to understand the areas where performance is most critical', 'AWS Well-Architected OPS04-BP02 Implement application telemetry'],
        decisions: [
            'Services, workers and functions count as services.',
            'APM is declared by `operations.apm` or `testing.apm` (`true` or a product such as `datadog`). Tracing alone (`operations.tracing`) and a monitoring component do not count: they show where time goes between services or how busy hosts are, not the time spent per endpoint, query and call inside each service.'
        ],
        examples: {
            flagged: 'client U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nservice C { replicas: 2 }\nU -> A -> B -> C : grpcs',
            fixed: 'client U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nservice C { replicas: 2 }\nU -> A -> B -> C : grpcs\noperations { apm: datadog }'
        }
    },
    check({ design, index, options, report }) {
        const count = index.ofKind('service', 'worker', 'function').length;
        if (count < options.minServices || isDeclared(settingValue(design, 'operations', 'apm')) || isDeclared(settingValue(design, 'testing', 'apm'))) {
            return;
        }
        report({ on: design, messageId: 'noApm', data: { name: design.name, count } });
    }
});
