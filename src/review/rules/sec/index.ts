/** The rules of the 'sec' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import credentialsInLogs from './credentials-in-logs.js';
import defaultCredentials from './default-credentials.js';
import exposedDataStore from './exposed-data-store.js';
import internalCallViaPublicEndpoint from './internal-call-via-public-endpoint.js';
import internalUnauthenticated from './internal-unauthenticated.js';
import noEncryptionAtRest from './no-encryption-at-rest.js';
import noMfa from './no-mfa.js';
import noRateLimit from './no-rate-limit.js';
import noSecretsManagement from './no-secrets-management.js';
import noWaf from './no-waf.js';
import plaintextCredentials from './plaintext-credentials.js';
import plainSecret from './plain-secret.js';
import publishedStorePort from './published-store-port.js';
import sensitiveDataCopied from './sensitive-data-copied.js';
import unauthenticatedDataStore from './unauthenticated-data-store.js';
import unauthenticatedEntrypoint from './unauthenticated-entrypoint.js';
import unencryptedTransport from './unencrypted-transport.js';

export const RULES: readonly AnyRule[] = [
    unencryptedTransport,
    exposedDataStore,
    publishedStorePort,
    unauthenticatedDataStore,
    unauthenticatedEntrypoint,
    noEncryptionAtRest,
    noRateLimit,
    noWaf,
    noMfa,
    internalUnauthenticated,
    noSecretsManagement,
    sensitiveDataCopied,
    defaultCredentials,
    plaintextCredentials,
    plainSecret,
    internalCallViaPublicEndpoint,
    credentialsInLogs
];
