import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unknown-engine.js';

testRule(rule, {
    valid: [
        { name: 'known engines, any case', design: 'database Db { engine: Postgres }\ncache C { engine: redis }' },
        { name: 'no engine', design: 'database Db' }
    ],
    invalid: [
        {
            name: 'a typo',
            design: 'database Db { engine: postgress }',
            findings: [{ element: 'Db', severity: 'info', message: "Unknown engine 'postgress' on database Db: no facts are known about it, so the defaults of a database apply. Did you mean 'postgres'?" }]
        },
        {
            name: 'an engine nobody has heard of',
            design: 'queue Q { engine: homegrown_mq }',
            findings: [{ element: 'Q', message: /Describe it under "engines" in \.archlens\.json\.$/ }]
        }
    ]
});
