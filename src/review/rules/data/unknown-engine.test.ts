import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unknown-engine.js';

testRule(rule, {
    valid: [
        { name: 'known engines, any case', design: 'service Api\ndatabase Db { engine: Postgres }\ncache C { engine: redis }\nApi -> Db\nApi -> C' },
        { name: 'no engine', design: 'service Api\ndatabase Db\nApi -> Db' },
        { name: 'an engine nobody has heard of is an assumption of the report, not a finding', design: 'service Api\nqueue Q { engine: homegrown_mq }\nApi -> Q' }
    ],
    invalid: [
        {
            name: 'a typo',
            design: 'service Api\ndatabase Db { engine: postgress }\nApi -> Db',
            findings: [{ element: 'Db', severity: 'info', message: "Unknown engine 'postgress' on database Db: no facts are known about it, so the defaults of a database apply. Did you mean 'postgres'?" }]
        },
        {
            name: 'a typo among engines nobody has heard of: only the typo',
            design: 'service Api { engine: yarp }\nqueue Q { engine: homegrown_mq }\nqueue R { engine: homegrown_mq }\ndatabase Db { engine: postgress }\nApi -> Q\nApi -> R\nApi -> Db',
            findings: [
                { element: 'Db', message: "Unknown engine 'postgress' on database Db: no facts are known about it, so the defaults of a database apply. Did you mean 'postgres'?" }
            ]
        }
    ]
});
