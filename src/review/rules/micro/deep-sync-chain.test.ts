import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './deep-sync-chain.js';

const CONSEQUENCE = 'latencies add up, availabilities multiply, and one slow service stalls the whole request.';

/** `service A { replicas: 2 }` for each name. */
function services(...names: string[]): string {
    return names.map((name) => `service ${name} { replicas: 2 }`).join('\n');
}

testRule(rule, {
    valid: [
        { name: 'regression: a design whose journeys go elsewhere does not chain calls of different operations', design: `client U\n${services('A', 'B', 'C', 'D', 'E')}\nU -> A -> B -> C -> D -> E : grpcs\njourney SignUp { U -> A -> B -> C }\njourney Delete { U -> A -> D -> E }` },
        { name: 'four services deep: at the limit', design: `client U\n${services('A', 'B', 'C', 'D')}\nU -> A -> B -> C -> D : grpcs` },
        { name: 'stores and caches at the end do not count', design: `client U\n${services('A', 'B', 'C', 'D')}\ndatabase Db\ncache Hot\nU -> A -> B -> C -> D -> Db\nD -> Hot` },
        { name: 'a CDN, load balancer and gateway in front do not count', design: `client U\ncdn Edge { engine: cloudfront }\nloadbalancer Lb { engine: alb }\ngateway Gw { replicas: 2 }\n${services('A', 'B', 'C', 'D')}\nU -> Edge -> Lb -> Gw -> A -> B -> C -> D` },
        { name: 'a queue breaks the chain', design: `client U\n${services('A', 'B', 'C', 'D', 'E', 'F')}\nqueue Q { engine: sqs }\nU -> A -> B -> C -> Q\nQ -> D\nD -> E -> F` },
        { name: 'asynchronous calls do not count', design: `client U\n${services('A', 'B', 'C', 'D', 'E')}\nU -> A -> B -> C -> D\nD -> E : async` },
        { name: 'a deep chain no client reaches', design: `${services('Cron', 'A', 'B', 'C', 'D')}\nCron -> A -> B -> C -> D` },
        { name: 'a gateway that fans out to several services is not followed', design: `client U\ngateway Gw { replicas: 2 }\n${services('A', 'B', 'C', 'D', 'E', 'F')}\nU -> A -> B -> Gw -> C -> D -> E\nGw -> F` },
        { name: 'calls inside a cycle are left to micro/sync-cycle', design: `client U\n${services('A', 'B', 'C', 'D', 'E')}\nU -> A -> B -> C -> D -> E -> A` },
        { name: 'a higher limit in the options', design: `client U\n${services('A', 'B', 'C', 'D', 'E')}\nU -> A -> B -> C -> D -> E`, options: { maxServices: 5 } }
    ],
    invalid: [
        {
            name: 'regression: a chain the graph allows but no journey states is asked, not asserted (calls of different operations)',
            design: `client U\n${services('A', 'B', 'C', 'D', 'E')}\nU -> A -> B -> C -> D -> E : grpcs`,
            findings: [{ element: 'A', severity: 'info', messageId: 'deepChainQuestion', message: `Does one request reaching service A follow the whole synchronous chain of 5 services (A -> B -> C -> D -> E)? The design draws these calls but no journey through them; if one request does, that is more than 4: ${CONSEQUENCE} A \`journey\` along the path settles it.` }]
        },
        {
            name: 'five services from a client',
            design: `client U\n${services('A', 'B', 'C', 'D', 'E')}\nU -> A -> B -> C -> D -> E : grpcs\njourney J0 { A -> B -> C -> D -> E }`,
            findings: [{ element: 'A', severity: 'warning', message: `A request reaching service A waits on a synchronous chain of 5 services (A -> B -> C -> D -> E), more than 4: ${CONSEQUENCE}` }]
        },
        {
            name: 'starting behind a load balancer and a gateway',
            design: `client U\nloadbalancer Lb { engine: alb }\ngateway Gw { replicas: 2 }\n${services('A', 'B', 'C', 'D', 'E')}\nU -> Lb -> Gw -> A -> B -> C -> D -> E\njourney J0 { A -> B -> C -> D -> E }`,
            findings: [{ element: 'A', message: 'A request reaching service A waits on a synchronous chain of 5 services (A -> B -> C -> D -> E), more than 4: latencies add up, availabilities multiply, and one slow service stalls the whole request.' }]
        },
        {
            name: 'from an external system calling a webhook; workers and functions count',
            design: `external Stripe\n${services('Hooks', 'B')}\nworker C { replicas: 2 }\nfunction D { engine: lambda }\nservice E { replicas: 2 }\nStripe -> Hooks -> B -> C -> D -> E : https\njourney J0 { Hooks -> B -> C -> D -> E }`,
            findings: [{ element: 'Hooks', message: 'A request reaching service Hooks waits on a synchronous chain of 5 services (Hooks -> B -> C -> D -> E), more than 4: latencies add up, availabilities multiply, and one slow service stalls the whole request.' }]
        },
        {
            name: 'the longest branch is named',
            design: `client U\n${services('A', 'B', 'C', 'X', 'Y', 'Z', 'W')}\nU -> A\nA -> B -> C\nA -> X -> Y -> Z -> W\njourney J0 { A -> X -> Y -> Z -> W }`,
            findings: [{ element: 'A', message: 'A request reaching service A waits on a synchronous chain of 5 services (A -> X -> Y -> Z -> W), more than 4: latencies add up, availabilities multiply, and one slow service stalls the whole request.' }]
        },
        {
            name: 'an entry point on a reported chain is not reported again',
            design: `client U\n${services('A', 'B', 'C', 'D', 'E', 'X')}\nU -> A -> B -> C -> D -> E\nU -> B\nU -> X -> C\njourney J0 { A -> B -> C -> D -> E }`,
            findings: [{ element: 'A', message: 'A request reaching service A waits on a synchronous chain of 5 services (A -> B -> C -> D -> E), more than 4: latencies add up, availabilities multiply, and one slow service stalls the whole request.' }]
        },
        {
            name: 'regression: entry points whose chains run into the same deep calls are one finding',
            design: `client U\n${services('A', 'B', 'C', 'D', 'E', 'F', 'W', 'X', 'Y')}\nU -> A -> B -> C -> D -> E -> F\nU -> W -> X -> Y -> C\njourney J0 { W -> X -> Y -> C -> D -> E -> F }`,
            findings: [{ element: 'W', messageId: 'sharedTail', message: `Requests reaching service W, and those reaching A that run into the same calls, wait on synchronous chains of up to 7 services (W -> X -> Y -> C -> D -> E -> F), more than 4: latencies add up, availabilities multiply, and one slow service on the shared calls stalls every one of those requests.` }]
        },
        {
            name: 'an entry point whose own part is too deep before it joins is reported on its own',
            design: `client U\n${services('A', 'B', 'C', 'D', 'G', 'E', 'F', 'P', 'Q', 'R', 'S', 'T')}\nU -> A -> B -> C -> D -> G -> E -> F\nU -> P -> Q -> R -> S -> T -> E\njourney J0 { A -> B -> C -> D -> G -> E -> F }\njourney J1 { P -> Q -> R -> S -> T -> E -> F }`,
            findings: [
                { element: 'A', message: `A request reaching service A waits on a synchronous chain of 7 services (A -> B -> C -> D -> G -> E -> F), more than 4: ${CONSEQUENCE}` },
                { element: 'P', message: `A request reaching service P waits on a synchronous chain of 7 services (P -> Q -> R -> S -> T -> E -> F), more than 4: ${CONSEQUENCE}` }
            ]
        },
        {
            name: 'through internal load balancers and a gateway dedicated to one service each',
            design: `client U\n${services('A', 'B', 'C', 'D', 'E')}\nloadbalancer BLb { engine: alb }\ngateway CGw { replicas: 2 }\nloadbalancer CLb { engine: alb }\nU -> A -> BLb -> B -> CGw -> CLb -> C -> D -> E\njourney J0 { A -> B -> C -> D -> E }`,
            findings: [{ element: 'A', message: 'A request reaching service A waits on a synchronous chain of 5 services (A -> B -> C -> D -> E), more than 4: latencies add up, availabilities multiply, and one slow service stalls the whole request.' }]
        },
        {
            name: 'a cycle beside the chain does not hide it',
            design: `client U\n${services('A', 'B', 'C', 'D', 'E', 'X')}\nU -> A -> B -> C -> D -> E\nD -> X -> D\njourney J0 { A -> B -> C -> D -> E }`,
            findings: [{ element: 'A', message: 'A request reaching service A waits on a synchronous chain of 5 services (A -> B -> C -> D -> E), more than 4: latencies add up, availabilities multiply, and one slow service stalls the whole request.' }]
        },
        {
            name: 'a lower limit in the options',
            design: `client U\n${services('A', 'B', 'C')}\nU -> A -> B -> C\njourney J0 { A -> B -> C }`,
            options: { maxServices: 2 },
            findings: [{ element: 'A', message: 'A request reaching service A waits on a synchronous chain of 3 services (A -> B -> C), more than 2: ' + CONSEQUENCE }]
        }
    ]
});

describe('micro/deep-sync-chain: related locations and large designs', () => {
    it('points at every call of the chain', async () => {
        const [finding] = await runRule(rule, `client U\n${services('A', 'B', 'C', 'D', 'E')}\nU -> A -> B -> C -> D -> E`);
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['A->B: call 1 of the chain', 'B->C: call 2 of the chain', 'C->D: call 3 of the chain', 'D->E: call 4 of the chain']);
    });

    it('lists the entry points that join the chain, then its calls', async () => {
        const [finding] = await runRule(rule, `client U\n${services('A', 'B', 'C', 'D', 'E', 'X')}\nU -> A -> B -> C -> D -> E\nU -> X -> B`);
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['X: a chain of 5 services, joining at B', 'A->B: call 1 of the chain', 'B->C: call 2 of the chain', 'C->D: call 3 of the chain', 'D->E: call 4 of the chain']);
    });

    it('measures a chain of 2,000 services and shortens its name', async function () {
        this.timeout(120_000);
        const names = Array.from({ length: 2000 }, (_, i) => `S${i}`);
        const calls = names.slice(1).map((name, i) => `S${i} -> ${name}`);
        const findings = await runRule(rule, ['client U', services(...names), 'U -> S0 : https', ...calls].join('\n'));
        expect(findings.map((finding) => finding.message)).to.deep.equal(['Does one request reaching service S0 follow the whole synchronous chain of 2000 services (S0 -> S1 -> S2 -> S3 -> S4 -> S5 -> … -> S1999)? The design draws these calls but no journey through them; if one request does, that is more than 4: ' + CONSEQUENCE + ' A `journey` along the path settles it.']);
        expect(findings[0].related).to.have.length(25);
    });

    it('finds the longest chain of a ladder with 2^999 paths without enumerating them', async function () {
        this.timeout(120_000);
        // Two services per level, each calling both services of the next level.
        const levels = 1000;
        const names = Array.from({ length: levels }, (_, level) => [`L${level}`, `R${level}`]);
        const calls = names.slice(1).flatMap(([left, right], level) => names[level].flatMap((caller) => [`${caller} -> ${left}`, `${caller} -> ${right}`]));
        const findings = await runRule(rule, ['client U', services(...names.flat()), 'U -> L0', 'U -> R0', ...calls].join('\n'));
        // R0's chain runs into L0's at the next level: one finding, listing R0.
        expect(findings.map((finding) => [finding.element, /chains? of (?:up to )?(\d+) services/.exec(finding.message)?.[1]])).to.deep.equal([['L0', '1000']]);
        expect(findings[0].related?.[0].message).to.equal('R0: a chain of 1000 services, joining at L1');
    });

    it('lists the entry points that join the chain, then its calls', async () => {
        const [finding] = await runRule(rule, `client U\n${services('A', 'B', 'C', 'D', 'E', 'X')}\nU -> A -> B -> C -> D -> E\nU -> X -> B`);
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['X: a chain of 5 services, joining at B', 'A->B: call 1 of the chain', 'B->C: call 2 of the chain', 'C->D: call 3 of the chain', 'D->E: call 4 of the chain']);
    });

    it('measures a chain of 2,000 services that ends in a cycle', async function () {
        this.timeout(120_000);
        const names = Array.from({ length: 2000 }, (_, i) => `S${i}`);
        const calls = names.slice(1).map((name, i) => `S${i} -> ${name}`);
        const findings = await runRule(rule, ['client U', services(...names), 'U -> S0', ...calls, 'S1999 -> S1990'].join('\n'));
        expect(findings.map((finding) => /chain of (\d+) services/.exec(finding.message)?.[1])).to.deep.equal(['1991']);
    });
});
