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
            findings: [{ message: 'The request path Web → Db reaches an estimated 99%, below the 99.9% target: the weakest links are Web (99.5%), Db (99.5%). Web 99.5% × Db 99.5% = 99%.', severity: 'error' }]
        },
        {
            name: 'the weakest of two client paths',
            design: 'requirements { availability: 99.95% }\nclient U\nservice A { replicas: 2 }\nservice B\nU -> A\nU -> B',
            findings: [{ message: /^The request path B reaches an estimated 99.5%, below the 99.95% target: the weakest links are B \(99.5%\)/ }]
        }
    ]
});
