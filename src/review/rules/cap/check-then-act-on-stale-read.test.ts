import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './check-then-act-on-stale-read.js';

const STOCK = 'service Orders\nservice Stock "stock levels, cached"\ndatabase Inventory\n';

testRule(rule, {
    valid: [
        { name: 'the answering service reads the store on request', design: `${STOCK}Orders -> Stock : http\nStock -> Inventory : sql, reads\nOrders -> Inventory : sql, writes` },
        { name: 'the writer takes a lock', design: `${STOCK}coordinator Locks { engine: zookeeper }\nOrders -> Stock : http\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Inventory : sql, writes\nOrders -> Locks : lock` },
        { name: 'the writer writes another store', design: `${STOCK}database Orders2\nOrders -> Stock : http\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Orders2 : sql, writes` },
        // A nightly report reads the cache in the background itself: no request acts on it.
        { name: 'the call to the copy is made in the background too', design: `${STOCK}Orders -> Stock : http { phase: background }\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Inventory : sql, writes` }
    ],
    invalid: [
        {
            name: 'a check on a copy refreshed in the background, then a write to its source',
            design: `${STOCK}Orders -> Stock : http "is it in stock?"\nStock -> Inventory : sql, reads { phase: background }\nOrders -> Inventory : sql, writes`,
            findings: [{ element: 'Orders', severity: 'info', message: 'service Orders calls service Stock, which answers from a copy of database Inventory it refreshes in the background (Stock->Inventory), and then writes database Inventory: if it checks a condition on that answer before writing (a balance, a stock level), two concurrent requests can both pass the check on the same stale value and both write. Is the condition re-checked where the write happens (a constraint or a conditional update in database Inventory, a lock)?' }]
        }
    ]
});
