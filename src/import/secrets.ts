/**
 * Passwords, keys and tokens written as plain text in a deployment file's
 * environment: `POSTGRES_PASSWORD: example` is one; `${DB_PASSWORD}`
 * (filled in at run time), an empty value, a `*_FILE` path or a reference to
 * a secret store is not. A password inside a connection URL
 * (`postgres://app:secret@db/shop`) is one too. Only the keys are kept,
 * never the values.
 */
import type { Provenance } from './imported-system.js';

const SECRET_KEY = /(?:^|_)(?:PASSWORD|PASSWD|PASS|PWD|SECRET|SECRETS|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CLIENT_SECRET|CREDENTIALS?|AUTH_KEY)(?:$|_)/i;

/** Values that say a secret is not set here: placeholders people write on purpose. */
const PLACEHOLDER = /^(?:|<[^>]*>|\*+|none|null|false|true)$/i;

export interface EnvironmentValue {
    readonly key: string;
    readonly value: string | undefined;
    readonly from: Provenance;
}

/** `postgres://app:secret@db/shop`: a password written into a connection URL. */
const URL_PASSWORD = /^[a-z][a-z0-9+.:-]*:\/\/[^:/@\s]+:([^@\s]+)@/i;

export function plainSecrets(environment: readonly EnvironmentValue[]): EnvironmentValue[] {
    return environment.filter(({ key, value }) => value !== undefined && (secretByKey(key, value) || passwordInUrl(value)));
}

function secretByKey(key: string, value: string): boolean {
    return SECRET_KEY.test(key) && !/_FILE$/i.test(key) && isLiteral(value);
}

function passwordInUrl(value: string): boolean {
    const password = URL_PASSWORD.exec(value.trim())?.[1];
    return password !== undefined && isLiteral(password);
}

function isLiteral(value: string): boolean {
    const trimmed = value.trim();
    return !PLACEHOLDER.test(trimmed) && !trimmed.includes('${') && !/^\$[A-Za-z_]/.test(trimmed) && !trimmed.startsWith('/run/secrets/');
}
