#!/usr/bin/env bash
# Whole-process scale benchmark of `lawreport validate` (issue: reviewers' desk).
# Generates corpora of mutated seed copies (the generator from the test tree, run from its source with the JDK)
# and times `./lawreport validate FOLDER` on each, with the heap capped (default 512 MB, LAWREPORT_HEAP).
# Usage: benchmarks/scale.sh [N ...]   (default: 1000 2500 5000 10000). Results: benchmarks/results/scale.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/jdk.sh"
cd "$ROOT"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 2500 5000 10000)
HEAP="${LAWREPORT_HEAP:-512m}"
WORK="${LAWREPORT_CORPUS_DIR:-${TMPDIR:-/tmp}/lawreport-corpus}"
mkdir -p benchmarks/results "$WORK"
GEN="$WORK/generator"
mkdir -p "$GEN"
"$JAVA_HOME/bin/javac" -d "$GEN" org.lawreport.testing/src/main/java/org/lawreport/testing/CorpusGenerator.java
./lawreport --version >/dev/null   # builds the command line and its class-data archive if needed
out=benchmarks/results/scale.txt
{
  echo "# lawreport validate, whole process, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), JDK $LAWREPORT_JAVA_MAJOR, heap cap $HEAP"
  printf '%-8s %-10s %-10s %-12s %-14s %-16s %s\n' reports MB wall_s reports/s ms/report max_heap_MB peak_RSS_MB
} | tee "$out"
for n in "${sizes[@]}"; do
  corpus="$WORK/corpus-$n"
  if [ ! -f "$corpus/manifest.csv" ]; then
    rm -rf "$corpus"
    "$JAVA_HOME/bin/java" -cp "$GEN" org.lawreport.testing.CorpusGenerator seeds "$corpus" "$n" 2>/dev/null
  fi
  mb=$(du -sm "$corpus" | cut -f1)
  gclog="$WORK/gc-$n.log"
  rm -f "$gclog"
  start=$(date +%s.%N)
  set +e
  LAWREPORT_JVM_ARGS="-Xmx$HEAP -Xlog:gc:file=$gclog" /usr/bin/time -f '%M' -o "$WORK/rss-$n.txt" \
    ./lawreport validate "$corpus" >/dev/null 2>"$WORK/stderr-$n.txt"
  status=$?
  set -e
  end=$(date +%s.%N)
  if [ "$status" -ge 2 ]; then
    echo "validate of $corpus failed (exit $status):" >&2
    tail -5 "$WORK/stderr-$n.txt" >&2
    exit 1
  fi
  python3 - "$n" "$mb" "$start" "$end" "$gclog" "$WORK/rss-$n.txt" <<'PY' | tee -a "$out"
import re, sys
n, mb, start, end, gclog, rss = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
wall = end - start
heap = 0
for line in open(gclog, encoding="utf-8", errors="replace"):
    m = re.search(r"(\d+)M->(\d+)M\((\d+)M\)", line)
    if m:
        heap = max(heap, int(m.group(1)))
peak = int(open(rss).read().split()[-1]) // 1024
print(f"{n:<8} {mb:<10} {wall:<10.2f} {n / wall:<12.1f} {1000 * wall / n:<14.2f} {heap:<16} {peak}")
PY
done
