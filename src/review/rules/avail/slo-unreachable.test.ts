import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './slo-unreachable.js';

testRule(rule, {
    valid: [
        { name: 'exactly at the target', design: 'requirements { availability: 99% }\nclient U\nservice A { availability: 99.5% }\nservice B { availability: 99.497487% }\nU -> A -> B' },
        { name: 'redundant instances reach it', design: 'requirements { availability: 99.99% }\nclient U\nloadbalancer Lb { engine: alb, availability: 99.999% }\nservice Api { replicas: 3 }\nU -> Lb -> Api : https' },
        { name: 'no target', design: 'client U\nservice Api\nU -> Api' },
        { name: 'a weak cache is a soft dependency', design: 'requirements { availability: 99.9% }\nclient U\nservice Api { replicas: 2 }\ncache C { availability: 90% }\nU -> Api -> C' }
    ],
    invalid: [
        {
            name: 'single instances on the path, naming the weakest links',
            design: 'requirements { availability: 99.9% }\nclient Mobile\nservice Web\ndatabase Db { engine: mysql }\nMobile -> Web -> Db',
            findings: [{ element: 'requirements', message: 'The request path Mobile → Web → Db reaches an estimated 99%, below the 99.9% target: the weakest links are Web (99.5%), Db (99.5%). Web 99.5% × Db 99.5% = 99%.', severity: 'error' }]
        },
        {
            name: 'a global dependency before a regional one in an active-active deployment',
            design: 'requirements { availability: 99.99% }\nclient U\ncdn Edge { availability: 99.99% }\nservice Api { availability: 99.95% }\nexternal Drm { sla: 99.95% }\nU -> Edge -> Api -> Drm : https\ndeployment { regions: [a, b], mode: active_active }',
            findings: [{ element: 'requirements', message: 'The request path U → Edge → Api → Drm reaches an estimated 99.94%, below the 99.99% target: the weakest links are Drm (99.95%), Edge (99.99%), Api (99.95%). Edge 99.99% × Drm 99.95% × (1 − (1 − Api 99.95% = 99.95%)^2 active regions = 99.999975%) = 99.94%.' }]
        },
        {
            name: 'the weakest of two client paths',
            design: 'requirements { availability: 99.95% }\nclient U\nservice A { replicas: 2 }\nservice B\nU -> A\nU -> B',
            findings: [{ element: 'requirements', message: 'The request path U → B reaches an estimated 99.5%, below the 99.95% target: the weakest links are B (99.5%). B 99.5% = 99.5%.' }]
        }
    ]
});
