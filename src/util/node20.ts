// Langium 4's parser library (Chevrotain 13) calls Object.groupBy, which
// Node 20 lacks; VS Code's own Node is newer, but the CLI may run on Node 20.
import 'core-js/actual/object/group-by.js';
