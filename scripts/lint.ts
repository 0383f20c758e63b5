/**
 * `npm run lint`: ESLint over the project (eslint.config.js), with its usual
 * report, then a closing line counting the files that passed and failed, like
 * every other suite of `npm test`, so that a CI log shows what ran.
 */
import { ESLint } from 'eslint';

async function main(): Promise<void> {
    const eslint = new ESLint();
    const results = await eslint.lintFiles(['.']);
    const stylish = await eslint.loadFormatter('stylish');
    const report = await stylish.format(results);
    if (report.length > 0) {
        process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
    }
    const failed = results.filter((result) => result.errorCount > 0).length;
    process.stdout.write(`lint (${results.length} files):\n${results.length - failed} passed, ${failed} failed\n`);
    process.exitCode = failed > 0 ? 1 : 0;
}

await main();
