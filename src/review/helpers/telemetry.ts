/**
 * What a monitoring component watches, from its engine's `signals` fact.
 * A `monitoring` component is read as a metrics system (the kind's meaning)
 * unless its engine is known to collect something else: a tracing backend
 * (Zipkin, Jaeger, X-Ray) records the path of single requests and watches
 * no error rate or saturation, so nothing on it can alert on them.
 */
import type { Component, Design } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { describedAs } from './stated-in-words.js';

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

/** Collects request traces (a tracing backend, or an APM product that traces across services). */
export function collectsTraces(monitor: Component): boolean {
    return monitor.engine?.signals?.includes('traces') === true;
}

/** An application performance monitoring product (Application Insights, Datadog APM, Instana). */
export function isApmProduct(monitor: Component): boolean {
    return monitor.engine?.signals?.includes('apm') === true;
}

/**
 * The design states that someone is alerted (`operations.alerts`) or paged
 * (`operations.on_call`). An alert fires on a watched signal and an on-call
 * engineer is woken by one: either statement says the system is monitored
 * and alerts, even when the tool that does it is not drawn.
 */
export function alertsStated(design: Design): boolean {
    const operations = design.settings.operations?.properties;
    return operations !== undefined && (operations.enabled('alerts') || operations.enabled('on_call'));
}

/** A monitoring component whose own words say it gathers logs ("OpenTelemetry logs, metrics, traces"). */
const GATHERS_LOGS = /\blog(s|ging)?\b/i;

/** A logging component, or a monitoring product that also gathers logs (its engine serves `logging`, or its own words say so). */
export function collectsLogs(index: DesignIndex): boolean {
    return index.ofKind('logging').length > 0 || index.ofKind('monitoring').some(gathersLogs);
}

/**
 * The components that monitor the design: `monitoring` ones, and a `logging`
 * one whose engine is an application performance monitoring product (Azure
 * Application Insights drawn as where the logs go still measures the requests,
 * failures and dependencies of the code that reports to it). A log store that
 * could also hold metrics (CloudWatch Logs) measures nothing on its own.
 */
export function monitorsOf(index: DesignIndex): Component[] {
    const alsoMonitoring = index.ofKind('logging').filter((sink) => sink.engine?.kinds.includes('monitoring') === true && sink.engine.signals?.includes('apm') === true);
    return [...index.ofKind('monitoring'), ...alsoMonitoring];
}

function gathersLogs(monitor: Component): boolean {
    return monitor.engine?.kinds.includes('logging') === true || describedAs(monitor, GATHERS_LOGS);
}

/**
 * Nothing collects the design's metrics and no alerting is stated:
 * observe/no-monitoring asks about watching the system, and the logs are
 * part of that one observability decision.
 */
export function unmonitored(design: Design, index: DesignIndex): boolean {
    return !index.ofKind('monitoring').some(collectsMetrics) && !alertsStated(design);
}
