import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-waf.js';

testRule(rule, {
    valid: [
        { name: 'round 34: a self-hosted install on one machine is not asked for a WAF', design: 'client Users\nnetwork Host {\n  hosts: 1\n  service App { auth: session, data: [pii] }\n}\nUsers -> App : https' },
        { name: 'round 34: a provider\'s product that runs no customer code (MediaPackage) has nothing for an injection to reach', design: 'client Viewers\ncdn Edge { engine: cloudfront }\nservice Origin { engine: mediapackage, managed: true, auth: api_key }\nViewers -> Edge : https\nEdge -> Origin : https' },
        { name: 'regression: a chat server reached over WebSockets: a WAF sees only the upgrade, not the messages', design: 'client App\nloadbalancer Lb\nservice Chat { auth: custom }\ndatabase Messages { data: [pii] }\nApp -> Lb : wss\nLb -> Chat\nChat -> Messages : reads' },
        { name: 'a WAF on the CDN in front', design: 'client U\ncdn Edge { engine: cloudfront, waf: true }\nloadbalancer Lb\nservice Api\nU -> Edge -> Lb -> Api' },
        { name: 'a WAF for the whole design', design: 'client U\nservice Api\nU -> Api : https\nsecurity { waf: true }' },
        { name: 'a WAF in front of the service itself', design: 'client U\nservice Api { waf: true }\nU -> Api' },
        { name: 'traffic a WAF does not inspect', design: 'client Device\nservice Ingest\nDevice -> Ingest : tcp' },
        { name: 'a service behind another service', design: 'client U\nservice Web { waf: true }\nservice Api\nU -> Web -> Api' },
        { name: 'a service that serves only public content', design: 'client U\nservice Docs { data: [public] }\nU -> Docs : https' },
        { name: 'an API nothing authenticates is left to sec/unauthenticated-entrypoint (regression: a WAF question before the missing authentication)', design: 'client U\ngateway Gw\nservice Orders\nservice Users\nU -> Gw : https\nGw -> Orders : http\nGw -> Users : http' },
        { name: 'a gateway that authenticates callers turns anonymous requests away before any code runs (regression: a WAF question behind a token authorizer)', design: 'client U\ngateway Gw { auth: jwt }\nfunction Book { data: [pii] }\nU -> Gw : https\nGw -> Book : https' },
        { name: 'a link that carries only public content', design: 'client U\nservice Site\nU -> Site { protocol: https, data: [public] }' }
    ],
    invalid: [
        {
            name: 'round 34: the same service in a network of many machines is asked',
            design: 'client Users\nnetwork Vpc {\n  service App { auth: session, data: [pii] }\n}\nUsers -> App : https',
            findings: [{ element: 'App', severity: 'info', message: 'service App takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'round 34: a managed platform that hosts the team\'s code (App Service) is still asked',
            design: 'client Viewers\ncdn Edge { engine: cloudfront }\nservice Origin { engine: app_service, managed: true, auth: api_key }\nViewers -> Edge : https\nEdge -> Origin : https',
            findings: [{ element: 'Origin', severity: 'info', message: 'service Origin takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'an entry service the design draws without describing (out_of_scope) is left out, beside one it describes',
            design: 'client Mobile\nloadbalancer Lb\nservice Web { auth: session }\nservice Legacy { out_of_scope: true }\nMobile -> Lb : https\nLb -> Web : http\nLb -> Legacy : http',
            findings: [{ element: 'Web', severity: 'info', message: 'service Web takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'a service called straight from a client (the first draft)',
            design: 'client Mobile\nservice Web { auth: session }\nMobile -> Web : http',
            findings: [{ element: 'Web', severity: 'info', message: 'service Web takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'authentication inside the service still lets every request reach its code',
            design: 'client U\ngateway Gw\nservice Api { auth: jwt, data: [pii] }\nU -> Gw : https\nGw -> Api : https',
            findings: [{ element: 'Api', message: 'service Api takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'waf: false on the load balancer',
            design: 'client U\nloadbalancer Lb { waf: false }\nservice Api { auth: jwt }\nU -> Lb -> Api : https',
            findings: [{ element: 'Api', message: 'service Api takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'security { waf: false }',
            design: 'client U\nservice Api { auth: jwt }\nU -> Api : https\nsecurity { waf: false }',
            findings: [{ element: 'Api', message: 'service Api takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'an open entry point stated to have no WAF is judged all the same (a platform ingress that cannot sit behind one)',
            design: 'client U\nservice Intake { waf: false }\nqueue Q\nU -> Intake : https\nIntake -> Q',
            findings: [{ element: 'Intake', message: 'service Intake takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'an open entry point in a design that states no WAF anywhere',
            design: 'client U\nservice Intake\nU -> Intake : https\nsecurity { waf: false }',
            findings: [{ element: 'Intake', message: 'service Intake takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'a function behind a gateway without a WAF',
            design: 'client U\ngateway Gw { engine: api_gateway }\nfunction Fn { engine: lambda, auth: jwt }\nU -> Gw -> Fn : https',
            findings: [{ element: 'Fn', message: 'function Fn takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.' }]
        },
        {
            name: 'services behind one load balancer are one decision, reported on it (regression: one copy per service)',
            design: 'client U\nloadbalancer Lb\nservice A { auth: jwt }\nservice B { auth: jwt }\nU -> Lb : https\nLb -> A : https\nLb -> B : https',
            findings: [{ element: 'Lb', messageId: 'noWafAtEdge', severity: 'info', message: 'loadbalancer Lb passes web requests from clients to 2 services and no web application firewall filters them: injection attempts and known exploits reach their code unchecked.' }]
        }
    ]
});
