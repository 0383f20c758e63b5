// Preloaded into a measured child (`node --require max-rss.cjs …`): at exit,
// writes the process's peak resident set (kilobytes, from getrusage) to the
// file named by ARCHLENS_BENCH_RSS_FILE. Reading /proc from the parent would
// race with the child's exit; getrusage inside the child cannot.
'use strict';
const fs = require('node:fs');

const file = process.env.ARCHLENS_BENCH_RSS_FILE;
if (file) {
    process.on('exit', () => {
        fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
    });
}
