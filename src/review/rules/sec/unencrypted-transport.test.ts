import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unencrypted-transport.js';

testRule(rule, {
    valid: [
        { name: 'TLS protocols', design: 'client U\nservice A\nservice B\nU -> A : https\nA -> B : grpcs\nA -> B : wss' },
        { name: 'tls: true on a plain protocol', design: 'network private {\n  service A\n  database D\n}\nA -> D : sql, tls' },
        { name: 'no protocol stated', design: 'service A\nservice B\nA -> B' }
    ],
    invalid: [
        {
            name: 'plain HTTP from a client (the first draft)',
            design: 'client Mobile\nservice Web\nMobile -> Web : http',
            findings: [{ element: 'Mobile->Web', severity: 'error', message: 'Mobile->Web uses http without TLS: anyone on the internet path can read and change it.' }]
        },
        {
            name: 'inside one private network: a warning',
            design: 'network private {\n  service A\n  service B\n  A -> B : http\n}',
            findings: [{ element: 'A->B', severity: 'warning', message: 'A->B uses http without TLS: anyone inside the network can read and change it.' }]
        },
        {
            name: 'to a store of sensitive data: an error',
            design: 'network private {\n  service A\n  database D { data: [pii, payment] }\n  A -> D : sql\n}',
            findings: [{ element: 'A->D', severity: 'error', message: 'A->D uses sql without TLS: pii, payment data crosses the network in the clear.' }]
        },
        {
            name: 'across two private networks: an error',
            design: 'network a {\n  service A\n}\nnetwork b {\n  service B\n}\nA -> B : grpc',
            findings: [{ element: 'A->B', severity: 'error', message: 'A->B uses grpc without TLS: it crosses a network boundary in the clear.' }]
        }
    ]
});
