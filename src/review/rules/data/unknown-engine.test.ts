import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unknown-engine.js';

testRule(rule, {
    valid: [
        { name: 'known engines, any case', design: 'service Api\ndatabase Db { engine: Postgres }\ncache C { engine: redis }\nApi -> Db\nApi -> C' },
        { name: 'no engine', design: 'service Api\ndatabase Db\nApi -> Db' }
    ],
    invalid: [
        {
            name: 'a typo',
            design: 'service Api\ndatabase Db { engine: postgress }\nApi -> Db',
            findings: [{ element: 'Db', severity: 'info', message: "Unknown engine 'postgress' on database Db: no facts are known about it, so the defaults of a database apply. Did you mean 'postgres'?" }]
        },
        {
            name: 'engines nobody has heard of, on several components: one design-wide finding, the typo still on its own',
            design: 'service Api { engine: yarp }\nqueue Q { engine: homegrown_mq }\nqueue R { engine: homegrown_mq }\ndatabase Db { engine: postgress }\nApi -> Q\nApi -> R\nApi -> Db',
            findings: [
                { element: 'Db', message: "Unknown engine 'postgress' on database Db: no facts are known about it, so the defaults of a database apply. Did you mean 'postgres'?" },
                { message: 'No facts are known about the engines \'yarp\' and \'homegrown_mq\', used by 3 components: the defaults of each component\'s kind apply. Describe them under "engines" in .archlens.json.' }
            ]
        },
        {
            name: 'an engine nobody has heard of',
            design: 'service Api\nqueue Q { engine: homegrown_mq }\nApi -> Q',
            findings: [{ element: 'Q', message: 'Unknown engine \'homegrown_mq\' on queue Q: no facts are known about it, so the defaults of a queue apply. Describe it under "engines" in .archlens.json.' }]
        }
    ]
});
