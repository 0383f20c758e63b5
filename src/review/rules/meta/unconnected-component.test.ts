import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unconnected-component.js';

testRule(rule, {
    valid: [
        { name: 'connected both ways', design: 'client U\nservice Api\nU -> Api' },
        { name: 'monitoring and logging stand alone', design: 'service A\nservice B\nA -> B\nmonitoring M\nlogging L' },
        { name: 'connected from another design', design: 'architecture A {\n  service X\n}\narchitecture B {\n  service Y { -> A.X }\n}' }
    ],
    invalid: [
        {
            name: 'a forgotten database',
            design: 'service Api\ndatabase Orphan\nclient U\nU -> Api',
            findings: [{ element: 'Orphan', severity: 'info', message: 'database Orphan has no connection: who calls it, and what does it call? Until it is connected (or removed) no rule can judge how it is used.' }]
        },
        {
            name: 'regression (round 23): several components drawn without their callers are one question listing them',
            design: 'client U\nservice Web\nservice Directory\ndatabase Archive\nU -> Web',
            findings: [{ element: undefined, severity: 'info', messageId: 'unconnectedEach', message: '2 components have no connection (service Directory and database Archive): who calls them, and what do they call? Until they are connected (or removed) no rule can judge how they are used.' }]
        },
        {
            name: 'a service drawn for context, next to connected ones, is a question',
            design: 'client U\nservice Web\nservice Directory "who is online"\nU -> Web',
            findings: [{ element: 'Directory', severity: 'info', message: 'service Directory has no connection: who calls it, and what does it call? Until it is connected (or removed) no rule can judge how it is used.' }]
        }
    ]
});
