/**
 * Just enough of the `vscode` module to activate the bundled extension
 * (dist/extension.cjs) in plain Node: the language client starts the real
 * server over IPC, and the test watches the output channel, the messages
 * shown and the commands. Members not written here are inert stubs (events
 * that never fire, registrations that return a disposable).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

type Listener<T> = (value: T) => void;
type Callable = (...args: unknown[]) => unknown;

export interface LoggedLine {
    readonly level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'line';
    readonly text: string;
}

export interface ShownMessage {
    readonly severity: 'error' | 'warning' | 'information';
    readonly text: string;
    readonly actions: readonly string[];
}

class EventEmitter<T> {
    private listeners: Listener<T>[] = [];

    readonly event = (listener: Listener<T>): { dispose(): void } => {
        this.listeners.push(listener);
        return { dispose: () => { this.listeners = this.listeners.filter((other) => other !== listener); } };
    };

    fire(value: T): void {
        for (const listener of [...this.listeners]) {
            listener(value);
        }
    }

    dispose(): void {
        this.listeners = [];
    }
}

class Disposable {
    constructor(private readonly onDispose: () => void = () => undefined) {}

    static from(...disposables: { dispose(): unknown }[]): Disposable {
        return new Disposable(() => disposables.forEach((disposable) => disposable.dispose()));
    }

    dispose(): void {
        this.onDispose();
    }
}

const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 } as const;

const noEvent = (): { dispose(): void } => new Disposable();

/** An object whose unknown members are events (`on…`) or functions returning a disposable. */
function inert<T extends object>(known: T): T {
    return new Proxy(known, {
        get(target, property, receiver) {
            if (Reflect.has(target, property) || typeof property === 'symbol') {
                return Reflect.get(target, property, receiver) as unknown;
            }
            return property.startsWith('on') ? noEvent : () => inert({ dispose: () => undefined });
        }
    });
}

export class FakeVscode {
    readonly lines: LoggedLine[] = [];
    readonly messages: ShownMessage[] = [];
    readonly commands = new Map<string, Callable>();
    readonly settings = new Map<string, unknown>();
    /** What the next error message's user clicks (undefined: dismissed). */
    errorChoice: string | undefined;
    outputShown = 0;
    private readonly configurationChanged = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();

    /** Changes a setting and tells listeners, as the Settings editor does. */
    setSetting(key: string, value: unknown): void {
        this.settings.set(key, value);
        this.configurationChanged.fire({ affectsConfiguration: (section) => key === section || key.startsWith(`${section}.`) });
    }

    logText(): string {
        return this.lines.map((line) => `[${line.level}] ${line.text}`).join('\n');
    }

    /** The module object handed to `require('vscode')`; unknown members are empty classes (the client extends some). */
    module(): Record<string, unknown> {
        const classes = new Map<string, unknown>();
        return new Proxy(this.knownMembers(), {
            get(target, property, receiver) {
                if (Reflect.has(target, property) || typeof property === 'symbol') {
                    return Reflect.get(target, property, receiver) as unknown;
                }
                if (!classes.has(property)) {
                    classes.set(property, class {});
                }
                return classes.get(property);
            }
        });
    }

    private knownMembers(): Record<string, unknown> {
        const outputChannel = (name: string): object => {
            const levelChanged = new EventEmitter<number>();
            const write = (level: LoggedLine['level']) => (text: unknown) => {
                this.lines.push({ level, text: String(text) });
            };
            return inert({
                name,
                logLevel: LogLevel.Info,
                onDidChangeLogLevel: levelChanged.event,
                trace: (text: unknown) => {
                    // A real log channel at Info level drops Trace lines.
                    void text;
                },
                debug: (text: unknown) => void text,
                info: write('info'),
                warn: write('warn'),
                error: write('error'),
                append: write('line'),
                appendLine: write('line'),
                show: () => {
                    this.outputShown += 1;
                },
                dispose: () => undefined
            });
        };
        const show = (severity: ShownMessage['severity']) => (text: string, ...actions: unknown[]): Promise<unknown> => {
            const labels = actions.map((action) => typeof action === 'string' ? action : String((action as { title?: string }).title));
            this.messages.push({ severity, text, actions: labels });
            const choice = severity === 'error' ? this.errorChoice : undefined;
            return Promise.resolve(choice === undefined ? undefined : actions[labels.indexOf(choice)]);
        };
        const diagnostics = (): object => inert({
            set: () => undefined, delete: () => undefined, clear: () => undefined, forEach: () => undefined,
            get: () => undefined, has: () => false, dispose: () => undefined
        });
        return {
            version: '1.139.0',
            EventEmitter,
            Disposable,
            LogLevel,
            CancellationTokenSource: class {
                private readonly cancelled = new EventEmitter<void>();
                readonly token = { isCancellationRequested: false, onCancellationRequested: this.cancelled.event };
                cancel(): void {
                    this.token.isCancellationRequested = true;
                    this.cancelled.fire();
                }
                dispose(): void {
                    this.cancelled.dispose();
                }
            },
            CancellationError: class extends Error {},
            Uri: { parse: (text: string) => ({ toString: () => text }), file: (file: string) => ({ fsPath: file, toString: () => `file://${file}` }) },
            ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
            NotebookCellKind: { Markup: 1, Code: 2 },
            env: inert({ appName: 'Fake VS Code', language: 'en', uiKind: 1 }),
            window: inert({
                createOutputChannel: outputChannel,
                showErrorMessage: show('error'),
                showWarningMessage: show('warning'),
                showInformationMessage: show('information'),
                visibleTextEditors: [],
                activeTextEditor: undefined,
                tabGroups: inert({ all: [] })
            }),
            workspace: inert({
                textDocuments: [],
                notebookDocuments: [],
                workspaceFolders: undefined,
                onDidChangeConfiguration: this.configurationChanged.event,
                getConfiguration: (section?: string) => inert({
                    get: (key: string, fallback?: unknown) => {
                        const full = section ? `${section}.${key}` : key;
                        return this.settings.has(full) ? this.settings.get(full) : fallback;
                    },
                    has: (key: string) => this.settings.has(section ? `${section}.${key}` : key)
                })
            }),
            languages: inert({ createDiagnosticCollection: diagnostics, match: () => 0 }),
            commands: inert({
                registerCommand: (id: string, handler: Callable) => {
                    this.commands.set(id, handler);
                    return new Disposable(() => this.commands.delete(id));
                },
                executeCommand: async (id: string, ...args: unknown[]) => {
                    const handler = this.commands.get(id);
                    if (!handler) {
                        throw new Error(`command '${id}' not found`);
                    }
                    return handler(...args);
                }
            })
        };
    }
}

export interface LoadedExtension {
    activate(context: { subscriptions: { dispose(): unknown }[]; asAbsolutePath(relative: string): string }): Promise<void>;
    deactivate(): Promise<void>;
}

/**
 * Loads a copy of the extension bundle from a scratch folder whose
 * node_modules/vscode is the fake, so the real bundle runs unchanged.
 */
export function loadExtensionWithFake(bundle: string, fake: FakeVscode): { extension: LoadedExtension; cleanUp(): void } {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-fake-vscode-'));
    const key = `__archlensFakeVscode_${path.basename(folder)}`;
    (globalThis as unknown as Record<string, unknown>)[key] = fake.module();
    fs.mkdirSync(path.join(folder, 'node_modules', 'vscode'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'node_modules', 'vscode', 'index.js'), `module.exports = globalThis[${JSON.stringify(key)}];\n`);
    const copy = path.join(folder, 'extension.cjs');
    fs.copyFileSync(bundle, copy);
    const extension = createRequire(copy)(copy) as LoadedExtension;
    return {
        extension,
        cleanUp() {
            delete (globalThis as unknown as Record<string, unknown>)[key];
            fs.rmSync(folder, { recursive: true, force: true });
        }
    };
}
