/**
 * vscode-languageclient 10 traces only when its output channel's log level is
 * Trace, and then writes at that level, which the channel hides by default:
 * the `archlens.trace.server` setting alone would do nothing. This channel
 * wraps the ArchLens log channel, reports the Trace level while the setting is
 * on, and writes the trace where the user sees it.
 */
import * as vscode from 'vscode';
import { TRACE_SETTING_KEY, TRACE_SETTING_SECTION } from './identifiers.js';

export type TraceSetting = 'off' | 'messages' | 'verbose';

export function readTraceSetting(): TraceSetting {
    const value = vscode.workspace.getConfiguration(TRACE_SETTING_SECTION).get<string>(TRACE_SETTING_KEY, 'off');
    return value === 'messages' || value === 'verbose' ? value : 'off';
}

export class SettingTraceChannel implements vscode.LogOutputChannel {
    private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
    private readonly subscriptions: vscode.Disposable[];
    private setting: TraceSetting = readTraceSetting();

    readonly onDidChangeLogLevel = this.levelChanged.event;

    constructor(private readonly log: vscode.LogOutputChannel) {
        this.subscriptions = [
            this.levelChanged,
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration(`${TRACE_SETTING_SECTION}.${TRACE_SETTING_KEY}`)) {
                    this.setting = readTraceSetting();
                    this.levelChanged.fire(this.logLevel);
                }
            }),
            log.onDidChangeLogLevel(() => this.levelChanged.fire(this.logLevel))
        ];
    }

    get name(): string {
        return this.log.name;
    }

    /** Trace while the setting asks for it, or while the user set the channel itself to Trace. */
    get logLevel(): vscode.LogLevel {
        return this.setting !== 'off' ? vscode.LogLevel.Trace : this.log.logLevel;
    }

    trace(message: string, ...args: unknown[]): void {
        if (this.log.logLevel === vscode.LogLevel.Trace) {
            this.log.trace(message, ...args);
        } else if (this.setting !== 'off') {
            // The channel hides Trace lines at its default level; the setting asked to see them.
            this.log.info(message, ...args);
        }
    }

    debug(message: string, ...args: unknown[]): void {
        this.log.debug(message, ...args);
    }

    info(message: string, ...args: unknown[]): void {
        this.log.info(message, ...args);
    }

    warn(message: string, ...args: unknown[]): void {
        this.log.warn(message, ...args);
    }

    error(error: string | Error, ...args: unknown[]): void {
        this.log.error(error, ...args);
    }

    append(value: string): void {
        this.log.append(value);
    }

    appendLine(value: string): void {
        this.log.appendLine(value);
    }

    replace(value: string): void {
        this.log.replace(value);
    }

    clear(): void {
        this.log.clear();
    }

    show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
        if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) {
            this.log.show(columnOrPreserveFocus);
        } else {
            this.log.show(columnOrPreserveFocus, preserveFocus);
        }
    }

    hide(): void {
        this.log.hide();
    }

    /** Drops this wrapper's listeners; the wrapped channel belongs to the extension. */
    dispose(): void {
        for (const subscription of this.subscriptions) {
            subscription.dispose();
        }
    }
}
