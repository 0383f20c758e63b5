import { expect } from 'chai';
import { indexOf } from '../../../model/design-index.js';
import { asDesign } from '../../../../test/helpers/rule-tester.js';
import { buildWorkspace } from '../../../../test/helpers/workspace.js';
import { cacheCoverageOf } from '../../helpers/caching.js';

/** Each way reads of Db are or are not served, and the readers left unserved. */
const CASES: readonly { readonly design: string; readonly unserved: readonly string[] }[] = [
    { design: 'client U\nservice Api\ndatabase Db\nU -> Api -> Db : sql', unserved: ['Api'] },
    { design: 'client U\nservice Api\ndatabase Db\ncache C\nU -> Api\nApi -> Db\nApi -> C : reads', unserved: [] },
    { design: 'client U\nservice Api\ndatabase Db\ncache C\nU -> Api\nApi -> Db\nApi -> C : writes', unserved: ['Api'] },
    { design: 'client U\ncdn Edge\nservice Api\ndatabase Db\nU -> Edge -> Api -> Db', unserved: [] },
    { design: 'client U\ncdn Edge\nservice Api\ndatabase Db\nU -> Edge -> Api -> Db\nU -> Api', unserved: ['Api'] },
    { design: 'client U\nservice Api\ndatabase Db { engine: redis }\nU -> Api -> Db', unserved: [] },
    { design: 'client U\nservice Api\ndatabase Db\nU -> Api\nApi -> Db : writes', unserved: [] },
    { design: 'client U\nservice Api\nservice Admin\ndatabase Db\ncache C\nU -> Api\nU -> Admin\nApi -> C : reads\nApi -> Db\nAdmin -> Db : reads', unserved: ['Admin'] },
    { design: 'service Batch\ndatabase Db\nBatch -> Db', unserved: [] },
    { design: 'client U\nservice Api\nqueue Q\nworker W\ndatabase Db\nU -> Api -> Q\nQ -> W\nW -> Db : reads', unserved: [] }
];

describe('cache coverage', () => {
    for (const { design: text, unserved } of CASES) {
        it(text.replace(/\n/g, '; '), async () => {
            const design = (await buildWorkspace(asDesign(text))).design('T');
            const database = indexOf(design).component('Db');
            expect(database && cacheCoverageOf(design).unservedReaders(database).map((reader) => reader.name)).to.deep.equal(unserved);
            expect(database && cacheCoverageOf(design).isServed(database)).to.equal(unserved.length === 0);
        });
    }
});
