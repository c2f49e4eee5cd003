#!/usr/bin/env bash
# Times `nnet check` (a fresh JVM each time, as a user runs it) on the pathological inputs of
# issue 3, which must each end within 2 s with a diagnostic or success. Prints a table: the best
# and the median wall time of N runs, the exit status and the first diagnostic code.
# Usage: bench/pathological.sh [RUNS]      (from anywhere; ./nnet builds the jar when stale)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$root/nnet" --version >/dev/null

python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
def write(name, text):
    with open(os.path.join(d, name), "w") as f: f.write(text)
write("nesting-100k.nnet", "let x = " + "(" * 100_000 + "1" + ")" * 100_000 + "\n")
write("plus-chain-100k.nnet", "let x = 1" + " + 1" * 100_000 + "\nprint x\n")
write("line-10MB.nnet", 'let x = "' + "a" * 10_000_000 + '" $\n')
write("number-1M-digits.nnet", "let x = " + "9" * 1_000_000 + "\nprint x\n")
write("errors-10k.nnet", "print nope\n" * 10_000)
PY

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "| input | exit | first code | best s | median s | within 2 s |"
echo "|---|---|---|---|---|---|"
for f in nesting-100k plus-chain-100k line-10MB number-1M-digits errors-10k; do
  times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    set +e
    "$root/nnet" check "$dir/$f.nnet" >/dev/null 2>"$dir/err"
    status=$?
    set -e
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  best=$(echo "$sorted" | head -1)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  code=$(grep -o '\[[EW][0-9]*\]' "$dir/err" | head -1 | tr -d '[]' || true)
  ok=$(echo "$median < 2" | bc)
  printf '| %s | %s | %s | %.2f | %.2f | %s |\n' "$f" "$status" "${code:--}" "$best" "$median" "$([ "$ok" = 1 ] && echo yes || echo no)"
done
