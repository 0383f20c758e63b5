/** The rules of the 'scale' group, in catalog order. */
import type { AnyRule } from '../../rule.js';
import writeHotspot from './write-hotspot.js';
import celebrityFanout from './celebrity-fanout.js';
import crawlerNoHostLimit from './crawler-no-host-limit.js';
import unboundedQueue from './unbounded-queue.js';
import overCapacity from './over-capacity.js';
import noAutoscaling from './no-autoscaling.js';
import noLoadBalancer from './no-load-balancer.js';
import noReadScaling from './no-read-scaling.js';
import shardKeyMissing from './shard-key-missing.js';
import statefulReplicas from './stateful-replicas.js';
import hotPartition from './hot-partition.js';
import autoscaleWrongMetric from './autoscale-wrong-metric.js';

export const RULES: readonly AnyRule[] = [noLoadBalancer, statefulReplicas, noAutoscaling, autoscaleWrongMetric, overCapacity, writeHotspot, hotPartition, celebrityFanout, noReadScaling, shardKeyMissing, unboundedQueue, crawlerNoHostLimit];
