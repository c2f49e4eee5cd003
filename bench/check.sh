#!/usr/bin/env bash
# How long `nnet check` takes on a generated 1 MB script: median and best of N runs after warm-up.
# Usage: bench/check.sh [RUNS]      (from anywhere; builds the test classes with Maven first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -Xss1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.nnet.cli.CheckBenchmark "${1:-10}"
