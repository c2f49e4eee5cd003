#!/usr/bin/env bash
# What a user waits for: each workload script run by `nnet run` in a fresh JVM, as a user runs it
# (the JIT starts cold every time). Prints, per workload, the medians over [runs] processes of the
# whole process's wall time and of the training's own time (the "trained ...: N epochs in T s" line).
# Set NNET_JAVA_OPTS to compare JVM options (e.g. NNET_JAVA_OPTS=-XX:TieredStopAtLevel=1).
# Usage (from anywhere): bench/fresh.sh [W1,W2,W4] [runs]
# Needs bench/run.sh (or ScriptBench) to have been run once: the scripts and the digits CSV it
# prepares in target/bench are the ones used here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
only=${1:-W1,W2,W4}
runs=${2:-5}
jar="$root/target/nnet.jar"
[ -f "$jar" ] || mvn -q -B -f "$root/pom.xml" -DskipTests package >&2
work="$root/target/bench"
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), fresh JVM per run, $runs runs, medians"
echo "| workload | script | process wall s | training s | us/step (training s / steps) |"
echo "|---|---|---|---|---|"
for id in ${only//,/ }; do
  n=${id#W}
  script=$(ls "$work"/w"$n"_*.nnet 2>/dev/null | head -1 || true)
  if [ -z "$script" ]; then echo "| $id | skipped: run bench/run.sh $id first | | | |"; continue; fi
  walls=() trains=() steps=0
  for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    out=$(cd "$work" && java --add-modules jdk.incubator.vector ${NNET_JAVA_OPTS:-} -jar "$jar" run --progress=lines "$script" 2>/dev/null)
    end=$(date +%s%N)
    walls+=("$(( (end - start) / 1000000 ))")
    trains+=("$(sed -n 's/^trained [^:]*: \([0-9]*\) epochs\? in \([0-9.]*\) s.*/\2/p' <<<"$out" | head -1)")
    epochs=$(sed -n 's/^trained [^:]*: \([0-9]*\) epochs\? in .*/\1/p' <<<"$out" | head -1)
    rows=$(sed -n 's/.*: \([0-9]*\) rows, batches of \([0-9]*\).*/\1 \2/p' <<<"$out" | head -1)
    if [ -n "$rows" ]; then set -- $rows; steps=$(( epochs * (($1 + $2 - 1) / $2) )); fi
  done
  python3 - "$id" "$(basename "$script")" "$steps" "${walls[*]}" "${trains[*]}" <<'EOF'
import statistics, sys
wid, script, steps, walls, trains = sys.argv[1:]
walls = [float(w) / 1000 for w in walls.split()]  # milliseconds
trains = [float(t) for t in trains.split() if t]
wall, train = statistics.median(walls), statistics.median(trains) if trains else float('nan')
steps = int(steps)
per_step = train * 1e6 / steps if steps else float('nan')
print(f"| {wid} | {script} | {wall:.2f} | {train:.2f} | {per_step:.0f} |")
EOF
done
