import type { Connection } from '../../model/design.js';

/**
 * Words that open a connection's label when the call looks something up:
 * the caller reads an answer and changes nothing (a schema fetched from a
 * registry (a label naming schemas), a sentiment detected by an analysis API, a random record picked).
 */
const LOOKUP_WORDS = /^(get|gets|read|reads|fetch|fetches|look|looks|lookup|query|queries|search|searches|list|lists|detect|detects|resolve|resolves|validate|validates|random)\b|\bschemas?\b/i;

/** A credential check named anywhere in the label ("token check", "JWT validation", "permission lookup"): the caller asks whether a request may proceed. */
const CREDENTIAL_CHECK_WORDS = /\b(token|jwt|auth|authori[sz]ation|credentials?|permissions?|session) (checks?|validation|verification|lookups?)\b/i;

/** An API operation named in CamelCase that reads (GetObject, DetectSentiment, DescribeTable, BatchGetItem). */
const LOOKUP_OPERATION = /^(Get|BatchGet|Describe|Detect|List|Query|Scan|Search|Read|Fetch|Lookup|Resolve|Validate)[A-Z]/;

/**
 * A connection that states no `access` and whose label says it looks
 * something up: its words, not the language's reads-and-writes default, say
 * what it does, so it is no evidence of a write.
 */
export function looksUp(connection: Connection): boolean {
    const label = connection.label?.trim();
    return connection.access === undefined && label !== undefined && (LOOKUP_WORDS.test(label) || LOOKUP_OPERATION.test(label) || CREDENTIAL_CHECK_WORDS.test(label));
}

/** Words naming a put of one item or object by its key (PutObject, PutItem, an upsert, an overwrite). */
const KEYED_OVERWRITE_WORDS = /\b(putobject|putitem|upserts?|overwrites?)\b/i;

/**
 * A write whose label names a keyed put (S3 PutObject, DynamoDB PutItem, an
 * upsert): writing the same key again leaves the same item, so repeating it
 * changes nothing more.
 */
export function overwritesByKey(connection: Connection): boolean {
    return connection.label !== undefined && KEYED_OVERWRITE_WORDS.test(connection.label);
}

/** Words on a consumer's write back to its own queue that say it puts work back there. */
const REQUEUE_WORDS = /\b(re-?enqueues?|re-?enqueued|re-?enqueuing|re-?queues?|re-?queued|re-?queuing|put back|puts back)\b/i;

/** A connection whose label says it puts work back on the queue it came from (a relay that re-enqueues a failing job). */
export function saysRequeues(connection: Connection): boolean {
    return connection.label !== undefined && REQUEUE_WORDS.test(connection.label);
}

/** Words saying that what flows over a connection is alerts (or alarms). */
const ALERT_WORDS = /\b(alerts?|alerting|alarms?)\b/i;

/** A connection whose label says it carries alerts: the source hands them to something that acts on them. */
export function carriesAlerts(connection: Connection): boolean {
    return connection.label !== undefined && ALERT_WORDS.test(connection.label);
}

/**
 * Words saying a connection is taken only when something failed: an error
 * handler invoked on failure, a fallback store written while the primary is
 * down or cannot be reached, a failover to the other site.
 */
const FAILURE_PATH_WORDS = /\b(on (failure|error)s?|on fail|when (it )?fails|if (it )?fails|failures? only|fall-? ?backs?|fails? over to|failover to|cannot be reached|(is|are) (down|unreachable|unavailable))\b/i;

/**
 * A connection whose label says it is used only on failure (a step that
 * invokes the error handler when it fails): it reports the operation's
 * failure, it is not one more change the operation makes.
 */
export function onFailureOnly(connection: Connection): boolean {
    return connection.label !== undefined && FAILURE_PATH_WORDS.test(connection.label);
}

/**
 * Words saying a call starts a run that goes on without the caller: a job
 * submitted ("job submission"), a workflow or pipeline execution started
 * (Step Functions' StartExecution), a scheduler's "trigger". The call returns once the run is
 * accepted; what the run does later is not part of the caller's request.
 */
const STARTS_RUN_WORDS = /\b(start-?execution|(starts?|triggers?) (an? |the )?([a-z]+ )?(execution|workflow|job|build|pipeline)s?|job submissions?|submits? (an? |the )?jobs?)\b|^triggers?\b/i;

/** A connection whose label says it starts a job or an execution that runs on without the caller. */
export function startsRun(connection: Connection): boolean {
    return connection.label !== undefined && STARTS_RUN_WORDS.test(connection.label);
}
