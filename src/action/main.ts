/** The GitHub Action's entry point (action.yml `runs.main`: dist/action.cjs, bundled beside dist/cli.cjs). */
import * as path from 'node:path';
import { runAction } from './run-action.js';

process.exitCode = runAction({
    cli: path.join(__dirname, 'cli.cjs'),
    env: process.env,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    log: (text) => process.stdout.write(text)
});
