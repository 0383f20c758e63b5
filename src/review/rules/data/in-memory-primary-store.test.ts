import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './in-memory-primary-store.js';

const MESSAGE_TAIL = 'reaches no store, and the design draws no database, storage or search index: the only copy of that state is in process memory, so a restart, redeploy or lost node wipes it. Keep it in a store that outlives the process, or state that losing it is acceptable.';

testRule(rule, {
    valid: [
        { name: 'an unstated stateless is no claim', design: 'client Web\nservice Tally\nWeb -> Tally : grpc' },
        { name: 'a stateful service that writes a database keeps its state there', design: 'client Web\nservice Tally { stateless: false }\ndatabase Counts { engine: postgres }\nWeb -> Tally : grpc\nTally -> Counts : writes' },
        { name: 'a stateful service backed by a cache keeps its state outside its process', design: 'client Web\nservice Tally { stateless: false }\ncache Counts { engine: redis }\nWeb -> Tally : grpc\nTally -> Counts' },
        // A push tier holds its subscribers in memory while the web tier saves the messages: the data is kept elsewhere.
        { name: 'a stateful service in a design that draws a lasting store elsewhere', design: 'client App\nservice Push { stateless: false }\nservice Web\ndatabase Messages { engine: mysql }\nApp -> Push : wss\nApp -> Web : https\nWeb -> Messages : writes\nWeb -> Push : http' },
        // The real-time tier holds subscriptions in memory; the back end that saves messages is drawn but not described.
        { name: 'regression: a stateful tier beside a back end the design leaves undescribed', design: 'client App\nservice Push { stateless: false, replicas: many }\nservice Backend { out_of_scope: true }\nApp -> Push : wss\nBackend -> Push : http' },
        { name: 'a service out of scope is not judged', design: 'client Web\nservice Tally { stateless: false, out_of_scope: true }\nWeb -> Tally : grpc' }
    ],
    invalid: [
        {
            name: 'a service keeping the only copy of its data in memory',
            design: 'client Web\nservice Tally { stateless: false }\nWeb -> Tally : grpc',
            findings: [{ element: 'Tally', severity: 'warning', messageId: 'onlyInMemory', message: `service Tally keeps state in its instances (stateless: false), ${MESSAGE_TAIL}` }]
        },
        {
            name: 'several instances each keep their own copy',
            design: 'client Web\nservice Tally { stateless: false, replicas: 3 }\nWeb -> Tally : grpc',
            findings: [{ element: 'Tally', messageId: 'onlyInMemory', message: `service Tally keeps state in its instances (stateless: false), each instance its own copy, ${MESSAGE_TAIL}` }]
        }
    ]
});
