import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './check-then-act-on-stale-read.js';

const STOCK = 'service Orders\nservice Stock "stock levels, cached"\ndatabase Inventory\n';

testRule(rule, {
    valid: [
        // The booking view is also written by an import job that is not fed by the bookings: not a projection of them.
        { name: 'a view with a writer not fed by the written store', design: 'service Booking\nworker Projector\nworker Import\ndatabase Bookings\ndatabase SeatView\nBooking -> SeatView : reads\nBooking -> Bookings : writes\nBookings -> Projector : reads "change feed"\nProjector -> SeatView : writes\nImport -> SeatView : writes' },
        { name: 'a view written by nobody is not taken as a projection', design: 'service Booking\ndatabase Bookings\ndatabase SeatView\nBooking -> SeatView : reads\nBooking -> Bookings : writes' },
        { name: 'the answering service reads the store on request', design: `${STOCK}Orders -> Stock : http\nStock -> Inventory : sql, reads\nOrders -> Inventory : sql, writes` },
        { name: 'the writer takes a lock', design: `${STOCK}coordinator Locks { engine: zookeeper }\nOrders -> Stock : http\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Inventory : sql, writes\nOrders -> Locks : lock` },
        { name: 'the writer writes another store', design: `${STOCK}database Orders2\nOrders -> Stock : http\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Orders2 : sql, writes` },
        // A nightly report reads the cache in the background itself: no request acts on it.
        { name: 'the call to the copy is made in the background too', design: `${STOCK}Orders -> Stock : http { phase: background }\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Inventory : sql, writes` }
    ],
    invalid: [
        {
            // Seat bookings are appended to a log; a projector keeps a seat map from its change feed, and the booking service checks the map.
            name: 'a check on a projection built from the store the writer writes',
            design: 'service Booking\nworker Projector\ndatabase Bookings\ndatabase SeatView\nBooking -> SeatView : reads "is the seat free?"\nBooking -> Bookings : writes\nProjector -> Bookings : reads { uses: changes }\nProjector -> SeatView : writes',
            findings: [{
                element: 'Booking',
                messageId: 'projection',
                severity: 'info',
                message: 'service Booking reads database SeatView and writes database Bookings, and database SeatView is built from database Bookings after the fact by worker Projector: if service Booking checks a condition on database SeatView before writing (the current state of an order, a stock level), two concurrent requests can both pass the check on a view that has not caught up and both write. Is the condition re-checked where the write happens (a conditional write or a version check in database Bookings, a lock)?'
            }]
        },
        {
            name: 'a check on a copy refreshed in the background, then a write to its source',
            design: `${STOCK}Orders -> Stock : http "is it in stock?"\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Inventory : sql, writes`,
            findings: [{ element: 'Orders', severity: 'info', message: 'service Orders calls service Stock, which answers from a copy of database Inventory it refreshes in the background (Stock->Inventory), and then writes database Inventory: if it checks a condition on that answer before writing (a balance, a stock level), two concurrent requests can both pass the check on the same stale value and both write. Is the condition re-checked where the write happens (a constraint or a conditional update in database Inventory, a lock)?' }]
        }
    ]
});
