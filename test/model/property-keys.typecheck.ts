/**
 * Checked by `npm run typecheck` only (mocha does not run it): the property
 * bags of the model take the keys their holder has in the properties schema,
 * so a misspelt or misplaced key does not compile. Each line marked
 * `@ts-expect-error` must stay an error, or the type check fails.
 */
import type { Component, Connection, Design, Group, Transaction } from '../../src/model/design.js';
import type { ComponentPropertyText } from '../../src/review/fix.js';

export function readsOnlyKeysOfTheSchema(design: Design, component: Component, connection: Connection, transaction: Transaction, group: Group): unknown[] {
    const fixed: ComponentPropertyText = { key: 'replicas', value: '2' };
    return [
        fixed,
        component.properties.number('replicas'),
        component.properties.string('replication'),
        component.properties.block('autoscale'),
        connection.properties.string('protocol'),
        transaction.properties.string('protocol'),
        group.properties.string('exposure'),
        design.settings.requirements?.properties.number('peak_rps'),
        design.settings.deployment?.properties.words('tests'),
        // @ts-expect-error misspelt: the key is `replicas`
        component.properties.number('replica'),
        // @ts-expect-error a connection has no replicas
        connection.properties.number('replicas'),
        // @ts-expect-error `peak_rps` belongs to requirements, not deployment
        design.settings.deployment?.properties.number('peak_rps'),
        // @ts-expect-error a group has no engine
        group.properties.string('engine'),
        // @ts-expect-error a fix cannot write a key the schema does not know
        { key: 'replica', value: '2' } satisfies ComponentPropertyText
    ];
}
