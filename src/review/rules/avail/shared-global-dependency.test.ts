import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './shared-global-dependency.js';

const ACTIVE = 'deployment { regions: [east, west], mode: active_active }';

testRule(rule, {
    valid: [
        { name: 'each stamp has its own store', design: `client U\ndatabase DbA "Store" { engine: postgres }\ndatabase DbB "Store" { engine: postgres }\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> ApiA -> DbA\nU -> ApiB -> DbB\n${ACTIVE}` },
        { name: 'one region: nothing is shared across regions', design: 'client U\ndatabase Global\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> ApiA -> Global\nU -> ApiB -> Global' },
        { name: 'regression (round 31): a failover group\'s primary and geo-secondary, each reachable from every stamp, are the data\'s own failover', design: `client U\ndatabase Primary { engine: azure_sql }\ndatabase Secondary { engine: azure_sql }\nservice AppA "App" { replicas: 2 }\nservice AppB "App" { replicas: 2 }\nU -> AppA\nU -> AppB\nAppA -> Primary : sql\nAppA -> Secondary : sql\nAppB -> Primary : sql\nAppB -> Secondary : sql\nPrimary -> Secondary "geo-replication" { crosses_region: true }\n${ACTIVE}` },
        { name: 'only some copies use it', design: `client U\ndatabase Reports\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> ApiA -> Reports\nU -> ApiB\n${ACTIVE}` },
        { name: 'observers shared by every stamp', design: `client U\nmonitoring Metrics\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> ApiA -> Metrics\nU -> ApiB -> Metrics\n${ACTIVE}` },
        { name: 'DNS that answers for every stamp is not a shared entry', design: `client U\ndns Names { engine: route53 }\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> Names\nNames -> ApiA\nNames -> ApiB\n${ACTIVE}` },
        { name: 'an entry per region is not shared', design: `client U\nloadbalancer LbA "Regional LB"\nloadbalancer LbB "Regional LB"\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> LbA -> ApiA\nU -> LbB -> ApiB\n${ACTIVE}` },
        { name: 'an entry that reaches only one region is not shared', design: `client U\ncdn Edge { engine: azure_front_door }\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> Edge -> ApiA\nU -> ApiB\n${ACTIVE}` }
    ],
    invalid: [
        {
            name: 'one global entry routes to every stamp',
            design: `client U\ncdn Edge { engine: azure_front_door }\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nU -> Edge\nEdge -> ApiA\nEdge -> ApiB\n${ACTIVE}`,
            findings: [{ element: 'Edge', severity: 'warning', messageId: 'sharedEntry', message: 'Every stamp is reached through cdn Edge (it routes to service ApiA and service ApiB, the stamps\' copies): its outage, or one bad routing or WAF change to it, stops every region at once. Is it an accepted global dependency, and is there a way to reach the regions without it (a DNS switch to a standby entry)?' }]
        },
        {
            name: 'every stamp reads and writes one global database',
            design: `client U\ndatabase Global { engine: cosmosdb }\nservice ApiA "API" { replicas: 2 }\nservice ApiB "API" { replicas: 2 }\nworker JobA "Processor" { replicas: 2 }\nworker JobB "Processor" { replicas: 2 }\nU -> ApiA -> Global : reads\nU -> ApiB -> Global : reads\nJobA -> Global : writes\nJobB -> Global : writes\n${ACTIVE}`,
            findings: [{ element: 'Global', severity: 'warning', messageId: 'shared', message: 'Every stamp depends on database Global (called by service ApiA, service ApiB, worker JobA and 1 more, the stamps\' copies): its outage, or one bad change to it, stops every region at once. Is it an accepted global dependency, with its own multi-region failover and careful change control, or can each stamp keep working without it?' }]
        }
    ]
});
