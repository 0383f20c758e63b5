import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './reconnect-storm.js';

const STORM = 'when an instance of it fails or is redeployed, every client it held reconnects at the same moment, and the instances left (and what each new session calls) take the surge. Do the clients reconnect with backoff and jitter (`backoff: true`)?';

testRule(rule, {
    valid: [
        { name: 'request protocols end with each request', design: 'client App\nservice Api { replicas: 3 }\nApp -> Api : https' },
        { name: 'reconnects with backoff and jitter', design: 'client App\nservice Push { replicas: 3 }\nApp -> Push : wss { backoff: true }' },
        { name: 'a WebSocket between two services is not a crowd of clients', design: 'client App\nservice Api { replicas: 2 }\nservice Push { replicas: 2 }\nApp -> Api : https\nApi -> Push : ws' },
        { name: 'a persistent connection that reconnects with backoff', design: 'client Phones\nservice Chat { replicas: 20 }\nPhones -> Chat { persistent: true, backoff: true }' },
        { name: 'a plain TCP request from a client is not held open unless stated', design: 'client Phones\nservice Chat { replicas: 20 }\nPhones -> Chat : tcp' },
        { name: 'a holder the design draws but does not describe', design: 'client App\nservice Push { out_of_scope: true }\nApp -> Push : wss' },
        { name: 'regression (field corpus): REST services behind the balancer that forwards the sockets to a gateway hold no sockets', design: 'client Browser\nloadbalancer Lb\nservice Gateway { replicas: 50, rate_limit: { rps: 10 } }\nservice Documents { replicas: 50 }\nBrowser -> Lb { protocol: wss, persistent: true, backoff: true }\nLb -> Gateway { persistent: true }\nBrowser -> Lb : https\nLb -> Documents' },
        { name: 'regression: a support chat on one instance with no load stated gives the surge no size', design: 'client Visitors\nclient Helpers\nservice Chat\nVisitors -> Chat : ws\nHelpers -> Chat : ws' }
    ],
    invalid: [
        {
            name: 'regression (field corpus): behind a balancer with mixed forwards, only the tier it forwards the sockets to',
            design: 'client Browser\nloadbalancer Lb\nservice Gateway { replicas: 50 }\nservice Documents { replicas: 50 }\nBrowser -> Lb { protocol: wss, persistent: true }\nLb -> Gateway { persistent: true }\nBrowser -> Lb : https\nLb -> Documents',
            findings: [{ element: 'Gateway', message: `client Browser keeps long-lived wss connections to service Gateway: ${STORM}` }]
        },
        {
            name: 'one instance holding the sockets of a stated user base',
            design: 'requirements { users: 2M }\nclient App\nservice Live\nApp -> Live : wss',
            findings: [{ element: 'Live', severity: 'info', message: `client App keeps long-lived wss connections to service Live: ${STORM}` }]
        },
        {
            name: 'clients on WebSockets straight to a tier',
            design: 'client App\nservice Push { replicas: 3 }\nApp -> Push : wss',
            findings: [{ element: 'Push', severity: 'info', messageId: 'reconnectStorm', message: `client App keeps long-lived wss connections to service Push: ${STORM}` }]
        },
        {
            name: 'a connection stated persistent with no protocol written',
            design: 'client Phones\nservice Chat { replicas: 20 }\nPhones -> Chat { persistent: true }',
            findings: [{ element: 'Chat', severity: 'info', messageId: 'reconnectStorm', message: `client Phones keeps long-lived connections to service Chat: ${STORM}` }]
        },
        {
            name: 'behind a load balancer, the tier it forwards to holds the connections',
            design: 'client Web\nclient Mobile\nloadbalancer Lb { engine: nlb }\nservice Gateways { replicas: many }\nWeb -> Lb -> Gateways : wss\nMobile -> Lb : wss',
            findings: [{ element: 'Gateways', message: `client Web and client Mobile keep long-lived wss connections to service Gateways: ${STORM}` }]
        }
    ]
});
