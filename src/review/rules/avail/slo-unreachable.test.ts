import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './slo-unreachable.js';

testRule(rule, {
    valid: [
        { name: 'regression: on a kind default, an estimate that rounds to the target (99.9% against 99.9%) is not asked about', design: 'requirements { availability: 99.9% }\nclient U\nservice Api { availability: 99.9% }\ndatabase Db { replicas: 2, failover: auto }\nU -> Api -> Db' },
        { name: 'regression: a miss that rests only on counts left unsaid (read as one instance) is the single-point question, not re-asked in numbers', design: 'requirements { availability: 99.99% }\nclient U\nservice Web\ngateway Gw\nservice Scheduler { replicas: 3 }\ndatabase Db { engine: postgres }\nU -> Web -> Gw -> Scheduler -> Db' },
        { name: 'a journey that meets its target', design: 'client Web\nservice Orders { availability: 99.99% }\nWeb -> Orders : https\njourney Browse {\n  Web -> Orders\n  availability: 99.9%\n}' },
        { name: 'exactly at the target', design: 'requirements { availability: 99% }\nclient U\nservice A { availability: 99.5% }\nservice B { availability: 99.497487% }\nU -> A -> B' },
        { name: 'redundant instances reach it', design: 'requirements { availability: 99.99% }\nclient U\nloadbalancer Lb { engine: alb, availability: 99.999% }\nservice Api { replicas: 3 }\nU -> Lb -> Api : https' },
        { name: 'no target', design: 'client U\nservice Api\nU -> Api' },
        { name: 'a dependency read only at start-up is not on the request path', design: 'requirements { availability: 99.9% }\nclient U\nservice Api { replicas: 3, availability: 99.9% }\nservice Config { availability: 90% }\nU -> Api\nApi -> Config : https { phase: startup }' },
        { name: 'a weak cache is a soft dependency', design: 'requirements { availability: 99.9% }\nclient U\nservice Api { replicas: 2 }\ncache C { availability: 90% }\nU -> Api -> C' },
        { name: 'engine SLAs that reach the target (Front Door, Application Gateway)', design: 'requirements { availability: 99.9% }\nclient U\ncdn Edge { engine: azure_front_door }\nloadbalancer Gw { engine: azure_application_gateway }\nservice Api { replicas: 3, availability: 99.9% }\nU -> Edge -> Gw -> Api' }
    ],
    invalid: [
        {
            // Round 22: an error whose weakest link was S3's 99.9% SLA under a 99.99% target did not show a failed requirement.
            name: 'regression: weakest links that are all published SLAs: a warning, not an error',
            design: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 3, availability: 99.99% }\nstorage Files { engine: s3 }\nU -> Api -> Files : https',
            findings: [{ element: 'requirements', severity: 'warning', message: 'The request path U → Api → Files reaches an estimated 99.9%, below the 99.99% target. Weakest first: Files (99.9%), Api (99.9999999999%) (estimate: Api 99.9999999999% × Files 99.9% = 99.9%).' }]
        },
        {
            name: 'a journey below its own, stricter target, though the design-wide target is met',
            design: 'requirements { availability: 99% }\nclient Web\nservice Orders { availability: 99.9% }\nexternal Payments { sla: 99.9% }\nWeb -> Orders -> Payments : https\njourney Checkout {\n  Web -> Orders -> Payments\n  availability: 99.95%\n}',
            findings: [{ element: 'Checkout', severity: 'error', messageId: 'unreachable', message: 'The request path of journey Checkout (Web → Orders → Payments) reaches an estimated 99.8%, below the 99.95% target. Weakest first: Orders and Payments (99.9% each) (estimate: Orders 99.9% × Payments 99.9% = 99.8%).' }]
        },
        {
            name: 'stated figures below the target: the error, weakest first',
            design: 'requirements { availability: 99.9% }\nclient Mobile\nservice Web { availability: 99.5% }\ndatabase Db { engine: mysql, availability: 99.5% }\ncdn Edge { availability: 99.99% }\nMobile -> Edge -> Web -> Db',
            findings: [{ element: 'requirements', severity: 'error', messageId: 'unreachable', message: 'The request path Mobile → Edge → Web → Db reaches an estimated 99%, below the 99.9% target. Weakest first: Web and Db (99.5% each), Edge (99.99%) (estimate: Edge 99.99% × Web 99.5% × Db 99.5% = 99%).' }]
        },
        {
            name: 'kind defaults alone fall short on stated counts: a question naming the assumed figures',
            design: 'requirements { availability: 99.9% }\nclient Mobile\nservice Web { replicas: 1 }\ndatabase Db { engine: mysql, replicas: 1 }\nMobile -> Web -> Db',
            findings: [{ element: 'requirements', severity: 'info', messageId: 'unreachableAssumed', message: 'With the availability assumed for Web (99.5%) and Db (99.5%), the request path Mobile → Web → Db reaches an estimated 99%, below the 99.9% target: what availability do they have? Stating `availability` on them (or an engine with a published SLA) settles it (estimate: Web 99.5% × Db 99.5% = 99%).' }]
        },
        {
            name: 'regression (field corpus): a stated figure misses even if the assumed ones never fail: the error, on the stated figures alone',
            design: 'requirements { availability: 99.95% }\nclient U\nservice Api\nexternal Pay { sla: 99.9% }\nU -> Api -> Pay : https',
            findings: [{ element: 'requirements', severity: 'error', messageId: 'unreachableKnown', message: 'Even counting Api as never down, the request path U → Api → Pay reaches at most 99.9% on its stated and engine figures, below the 99.95% target. Weakest first: Pay (99.9%) (estimate: Api 100% × Pay 99.9% = 99.9%).' }]
        },
        {
            name: 'a global dependency in an active-active deployment',
            design: 'requirements { availability: 99.99% }\nclient U\ncdn Edge { availability: 99.99% }\nservice Api { availability: 99.95% }\nexternal Drm { sla: 99.95% }\nU -> Edge -> Api -> Drm : https\ndeployment { regions: [a, b], mode: active_active }',
            findings: [{ element: 'requirements', message: 'The request path U → Edge → Api → Drm reaches an estimated 99.94%, below the 99.99% target. Weakest first: Drm and Api (99.95% each), Edge (99.99%) (estimate: Edge 99.99% × Drm 99.95% × (1 − (1 − Api 99.95%)^2 active regions = 99.999975%) = 99.94%).' }]
        },
        {
            name: 'the weakest of two client paths, one component alone',
            design: 'requirements { availability: 99.95% }\nclient U\nservice A { replicas: 2 }\nservice B { availability: 99.5% }\nU -> A\nU -> B',
            findings: [{ element: 'requirements', message: 'The request path U → B reaches an estimated 99.5%, below the 99.95% target. Weakest first: B (99.5%) (estimate: B 99.5%).' }]
        }
    ]
});
