/**
 * A Kubernetes label selector (`matchLabels` and `matchExpressions`, as a
 * PodDisruptionBudget writes it) against a pod template's labels. Every
 * requirement must hold; an empty selector (`{}`) selects every pod and an
 * absent one none, as policy/v1 says; an operator Kubernetes does not know
 * makes the selector select nothing rather than guess.
 */
import type { Node as YamlNode } from 'yaml';
import type { YamlReader } from '../yaml/yaml-nodes.js';

export function selectsLabels(reader: YamlReader, selector: YamlNode | undefined, labels: ReadonlyMap<string, string>): boolean {
    if (selector === undefined || !reader.isMap(selector)) {
        return false;
    }
    const matchLabels = reader.entries(reader.get(selector, 'matchLabels'));
    const expressions = reader.items(reader.get(selector, 'matchExpressions'));
    return matchLabels.every((entry) => labels.get(entry.key) === (reader.text(entry.value) ?? ''))
        && expressions.every((expression) => holds(reader, expression, labels));
}

function holds(reader: YamlReader, expression: YamlNode, labels: ReadonlyMap<string, string>): boolean {
    const key = reader.text(reader.get(expression, 'key')) ?? '';
    const values = reader.items(reader.get(expression, 'values')).map((value) => reader.text(value) ?? '');
    const label = labels.get(key);
    switch (reader.text(reader.get(expression, 'operator'))) {
        case 'In':
            return label !== undefined && values.includes(label);
        case 'NotIn':
            return label === undefined || !values.includes(label);
        case 'Exists':
            return label !== undefined;
        case 'DoesNotExist':
            return label === undefined;
        default:
            return false;
    }
}
