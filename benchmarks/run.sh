#!/usr/bin/env bash
# Benchmarks of LawReport: JMH (warm, per report) and whole-process timings of the command line.
# Usage: benchmarks/run.sh [jmh|process|scale|all]   (default: all). Results go to benchmarks/results/.
# scale: whole-process validation of generated corpora of 1,000 to 10,000 reports (benchmarks/scale.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/jdk.sh"
cd "$ROOT"
mkdir -p benchmarks/results
what="${1:-all}"

if [ "$what" = jmh ] || [ "$what" = all ]; then
  ./mvnw -B -ntp -q -Pbenchmarks -DskipTests -pl org.lawreport.dsl.benchmarks -am package
  "$JAVA_HOME/bin/java" $LAWREPORT_JAVA_OPTS -Dlawreport.projectRoot="$ROOT" \
    -jar org.lawreport.dsl.benchmarks/target/benchmarks.jar -rf json -rff benchmarks/results/jmh.json \
    | tee benchmarks/results/jmh.txt
fi

if [ "$what" = process ] || [ "$what" = all ]; then
  ./lawreport --version >/dev/null   # builds if needed and creates the class-data archive
  ./lawreport validate seeds >/dev/null 2>&1 || true
  runs=20
  python3 - "$runs" <<'PY' | tee benchmarks/results/process.txt
import subprocess, sys, time, statistics
runs = int(sys.argv[1])
def measure(cmd):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times
for label, cmd in [("./lawreport validate seeds (5 reports)", ["./lawreport", "validate", "seeds"]),
                   ("./lawreport validate one seed", ["./lawreport", "validate", "seeds/003_0db46809fcd894a2.lawreport"])]:
    t = measure(cmd)
    print(f"{label}: mean {statistics.mean(t):.3f} s, median {statistics.median(t):.3f} s, "
          f"min {min(t):.3f} s, max {max(t):.3f} s over {runs} runs")
PY
fi

if [ "$what" = scale ] || [ "$what" = all ]; then
  "$ROOT/benchmarks/scale.sh"
fi
