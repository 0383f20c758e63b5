/** When a connection is used (`phase`), for the rules: see src/model/phase.ts. */
export { isStartupOnly, servesRequests } from '../../model/phase.js';
