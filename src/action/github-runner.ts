/**
 * What a step shares with the GitHub Actions runner: the event that started
 * the run (which base a pull request or a push compares with), output values
 * and the step summary (files the runner names in the environment), and
 * workflow commands on stdout for messages that annotate the run.
 */
import * as fs from 'node:fs';

/** The ref a change is compared with: the pull request's base commit, or the commit a push started from; none for other events. */
export function eventBase(env: NodeJS.ProcessEnv): string | undefined {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pullRequest = objectAt(event, 'pull_request');
    const baseSha = stringAt(objectAt(pullRequest, 'base'), 'sha');
    if (baseSha) {
        return baseSha;
    }
    const before = stringAt(event, 'before');
    // A push that creates a branch has no commit before it: all zeros.
    return before && !/^0+$/.test(before) ? before : undefined;
}

function readEvent(file: string | undefined): unknown {
    if (!file) {
        return undefined;
    }
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    } catch {
        return undefined;
    }
}

function objectAt(value: unknown, key: string): unknown {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function stringAt(value: unknown, key: string): string | undefined {
    const found = objectAt(value, key);
    return typeof found === 'string' && found.length > 0 ? found : undefined;
}

/** Sets a step output (`steps.<id>.outputs.<name>`): one line, so no delimiter is needed. */
export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string | number): void {
    if (env.GITHUB_OUTPUT) {
        fs.appendFileSync(env.GITHUB_OUTPUT, `${name}=${String(value).replace(/[\r\n]+/g, ' ')}\n`);
    }
}

/** Appends Markdown to the job's summary page. */
export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): void {
    if (env.GITHUB_STEP_SUMMARY) {
        fs.appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown.trimEnd()}\n`);
    }
}

/** A workflow command (`::error::message`), its data escaped as the runner expects so a message cannot issue another command. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', message: string): string {
    const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `::${command}::${data}\n`;
}
