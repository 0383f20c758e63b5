/**
 * What a monitoring component watches, from its engine's `signals` fact.
 * A `monitoring` component is read as a metrics system (the kind's meaning)
 * unless its engine is known to collect something else: a tracing backend
 * (Zipkin, Jaeger, X-Ray) records the path of single requests and watches
 * no error rate or saturation, so nothing on it can alert on them.
 */
import type { Component } from '../../model/design.js';

/** Collects metrics (or application performance data) that dashboards and alert rules read. */
export function collectsMetrics(monitor: Component): boolean {
    const signals = monitor.engine?.signals;
    return signals === undefined || signals.includes('metrics') || signals.includes('apm');
}

/** A tracing backend: its engine collects request traces and no metrics. */
export function isTracingBackend(monitor: Component): boolean {
    const signals = monitor.engine?.signals;
    return signals !== undefined && signals.includes('traces') && !collectsMetrics(monitor);
}

/** An application performance monitoring product (Application Insights, Datadog APM, Instana). */
export function isApmProduct(monitor: Component): boolean {
    return monitor.engine?.signals?.includes('apm') === true;
}
