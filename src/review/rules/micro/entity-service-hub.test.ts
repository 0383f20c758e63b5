import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './entity-service-hub.js';

const HUB_MESSAGE = 'is it a deliberate data-access tier? If the services are meant to be independent, it is a shared database behind an API: every change to the data model goes through it, every request waits on it, and it carries every service\'s load. Give each service the data it owns, or say why one tier serves them all.';

testRule(rule, {
    valid: [
        { name: 'each service owns its data', design: 'service Web\nservice Orders\nservice Billing\ndatabase OrdersDb\ndatabase BillingDb\nWeb -> Orders\nWeb -> Billing\nOrders -> OrdersDb\nBilling -> BillingDb' },
        { name: 'two callers are a service and its clients', design: 'service Web\nservice Admin\nservice Data\ndatabase Db\nWeb -> Data\nAdmin -> Data\nData -> Db' },
        // One caller keeps its own records, so the callers are not all data-less: the hub question does not arise.
        { name: 'a caller with a store of its own', design: 'service A\nservice B\nservice C\nservice Data\ndatabase Db\ndatabase Cdb\nA -> Data\nB -> Data\nC -> Data\nC -> Cdb\nData -> Db' },
        { name: 'callers that reach the service through a queue', design: 'service A\nservice B\nservice C\nqueue Q { engine: sqs }\nworker Data\ndatabase Db\nA -> Q\nB -> Q\nC -> Q\nQ -> Data\nData -> Db' },
        { name: 'a database another service also uses', design: 'service A\nservice B\nservice C\nservice Data\nworker Report\ndatabase Db\nA -> Data\nB -> Data\nC -> Data\nData -> Db\nReport -> Db : reads' }
    ],
    invalid: [
        {
            name: 'three services with no data of their own call the one service on the database',
            design: 'service Web\nservice Orders\nservice Billing\nservice Data "data access service"\ndatabase Db\ncache C { engine: redis }\nWeb -> Data : http\nOrders -> Data : http\nBilling -> Data : http\nBilling -> C\nData -> Db : sql',
            findings: [{ element: 'Data', severity: 'info', message: `service Data is the only service on database Db, and 3 services that keep no data of their own call it synchronously for theirs (Web, Orders and Billing): ${HUB_MESSAGE}` }]
        },
        {
            name: 'regression: workflow services calling several entity services are one finding, not one per entity service',
            design: 'service Booking\nservice Refunds\nservice Reports\nservice Seats\nservice Fares\ndatabase SeatsDb\ndatabase FaresDb\nBooking -> Seats : http\nRefunds -> Seats : http\nReports -> Seats : http\nBooking -> Fares : http\nRefunds -> Fares : http\nReports -> Fares : http\nSeats -> SeatsDb : sql\nFares -> FaresDb : sql',
            findings: [{ messageId: 'hubs', severity: 'info', message: '2 services (Seats and Fares) are each the only service on their data, and services that keep no data of their own call them synchronously for it: is the system deliberately cut into entity services that workflow services call? If the services are meant to be independent, each hub is a shared database behind an API: every change to its data model goes through it, every request waits on it, and it carries its callers\' load. Give each service the data it owns, or say why the entity services serve them all.' }]
        }
    ]
});
