/**
 * When most of the peers share a gap, the gap is the decision left unsaid
 * (one finding listing them); when only a few do while the rest settle it,
 * those few differ from their peers (a finding each). Gives the `peers`
 * count to pass to `reportDecision` for that reading.
 */
export function peersWhenMost(affected: number, peers: number): number {
    return affected * 2 > peers ? affected : peers;
}
