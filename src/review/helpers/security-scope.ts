/**
 * Whether a design speaks about security at all. A design transcribed from
 * a source about something else (a talk on timelines, a capacity study)
 * draws no network, names no protocol, states no authentication, TLS,
 * data class, encryption, WAF or rate limit and has no `security` block:
 * its source left security out of scope, and findings that every such
 * design would get say nothing about it (review-quality: "the source puts
 * it out of scope" is a false positive). One question remains
 * (sec/exposed-data-store asks where the stores sit).
 */
import type { Design } from '../../model/design.js';

import type { ComponentPropertyKey, ConnectionPropertyKey } from '../../model/property-keys.js';

const COMPONENT_KEYS: readonly ComponentPropertyKey[] = ['auth', 'data', 'encryption', 'waf', 'rate_limit', 'public', 'mfa'];
const CONNECTION_KEYS: readonly ConnectionPropertyKey[] = ['auth', 'tls', 'data', 'rate_limit'];

export function statesSecurity(design: Design): boolean {
    return design.settings.security !== undefined
        || design.groups.some((group) => group.kind === 'network')
        || design.connections.some((connection) => connection.protocol !== undefined || CONNECTION_KEYS.some((key) => connection.properties.has(key)))
        || design.components.some((component) => COMPONENT_KEYS.some((key) => component.properties.entry(key)?.source === 'design'))
        || design.settings.requirements?.properties.has('data') === true;
}
