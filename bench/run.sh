#!/usr/bin/env bash
# NNet's benchmark: workloads W1-W5 (PERFORMANCE.md) as NNet scripts (bench/scripts, run through
# the session of `nnet run`), the same trained directly on the engine, and a GEMM benchmark in
# GFLOP/s. Builds the test classes, then runs the three mains.
# Usage (from anywhere): bench/run.sh [W1,W2,W3,W4,W5] [min runs] [seconds per GEMM shape] [seconds per workload]
#   each workload runs at least [min runs] times and for [seconds per workload] (default 10) in one JVM:
#   the first run is a fresh process's, "warm" the median of the last 5 runs
#   NNET_THREADS=1 bench/run.sh ...   to run the engine on one thread (default: 2 on 2+ cores)
#   QUIET=1 bench/run.sh ...          to wait for a quiet machine first (../shared/bench/peers/quiet_run.py)
# Data: Iris and digits from python3-sklearn, Fashion-MNIST from dataset-fashion-mnist (Debian);
# a workload whose data is missing prints a 'skipped' row saying what to install (W3 and W5, scripts and
# engine, need dataset-fashion-mnist).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
only=${1:-W1,W2,W3,W4,W5}
runs=${2:-3}
seconds=${3:-1}
warm=${4:-10}
mvn -q -B -f "$root/pom.xml" -DskipTests test-compile >&2
mvn -q -B -f "$root/pom.xml" dependency:build-classpath -Dmdep.outputFile="$root/target/classpath.txt" >&2
deps=$(cat "$root/target/classpath.txt")
cp="$root/target/classes:$root/target/test-classes:$deps"
java_cmd=(java --add-modules jdk.incubator.vector -Xss8m -Dnnet.threads="${NNET_THREADS:-2}" -cp "$cp")
wrap=()
quiet="$root/../shared/bench/peers/quiet_run.py"
if [ "${QUIET:-0}" = 1 ] && [ -f "$quiet" ]; then wrap=(python3 "$quiet" --max-wait 600 --idle-pct 15 --); fi
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
"${wrap[@]}" "${java_cmd[@]}" dev.nnet.bench.ScriptBench "$root/bench/scripts" "$root/target/bench" "$only" "$runs" "$warm" 2>&1 | grep -v "^WARNING: Using incubator"
echo
"${wrap[@]}" "${java_cmd[@]}" dev.nnet.engine.WorkloadBench "$only" "$runs" "$warm" 2>&1 | grep -v "^WARNING: Using incubator"
echo
"${wrap[@]}" "${java_cmd[@]}" dev.nnet.engine.GemmBench "$seconds" 2>&1 | grep -v "^WARNING: Using incubator"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
