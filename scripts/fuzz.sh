#!/usr/bin/env bash
# Fuzzes LawReport with Jazzer (coverage-guided, libFuzzer in the JVM): each target for DURATION (e.g. 10m, 2h).
#   scripts/fuzz.sh DURATION [TARGET ...]     TARGET = Class#method of org.lawreport.fuzz; default: all of them
# What a run finds is kept: new corpus entries in org.lawreport.fuzz/.cifuzz-corpus/ (not committed; copy the
# useful ones into src/test/resources/.../<Class>Inputs/<method>/), a crashing input in that Inputs folder, where
# ./run-tests replays it from then on. Prints one line per target: executions, seconds, executions per second,
# coverage (edges), features, corpus size, and the finding if there was one. Logs: org.lawreport.fuzz/target/fuzz/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/jdk.sh"
cd "$ROOT"
DURATION="${1:?用法：scripts/fuzz.sh 时长（如 10m、2h） [类#方法 …]}"
shift
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(ReportFuzzTest#aReportFileGetsPlacedChineseFindingsNeverAnException
           RenderFuzzTest#everyReportThatParsesRendersAsWholeDocuments
           RenderFuzzTest#everyReportThatParsesRendersAsAWholePdf
           EditorFuzzTest#everyServiceAnswersAndEveryQuickFixHelps
           ImportFuzzTest#aTextOriginalImportsToSourceThatParses
           ImportFuzzTest#aDocxOriginalImportsOrIsRefusedInChinese
           ImportFuzzTest#aWebPageImportsToSourceThatParses
           LanguageServerFuzzTest#aBurstOfMessagesLeavesTheServerAnswering)
fi
# Build once (the modules the targets use, installed for the goal below), then run only surefire per target.
if [ -z "${LAWREPORT_FUZZ_NO_BUILD:-}" ]; then
  ./mvnw -B -ntp -q install -DskipTests -pl org.lawreport.fuzz -am
  ./mvnw -B -ntp -q test-compile -pl org.lawreport.fuzz
fi
LOGS="$ROOT/org.lawreport.fuzz/target/fuzz"
mkdir -p "$LOGS"
printf '%-70s %12s %8s %8s %6s %7s %6s %s\n' target executions seconds exec/s cov ft corpus finding
for target in "${TARGETS[@]}"; do
  log="$LOGS/${target//#/.}.log"
  start=$(date +%s)
  set +e
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$DURATION" ./mvnw -B -ntp -o surefire:test -pl org.lawreport.fuzz \
    -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false >"$log" 2>&1
  rc=$?
  set -e
  seconds=$(( $(date +%s) - start ))
  # libFuzzer's last status line: "#N  DONE|pulse|NEW ... cov: C ft: F corp: K/SIZE ..."
  last=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
  runs=$(grep -aoE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  [ -z "$runs" ] && runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  corp=$(grep -oE 'corp: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  finding=$( [ $rc -eq 0 ] && echo "-" || (grep -aoE 'FuzzTestFinding[^:]*: [^ ]+( [^ ]+){0,12}' "$log" | head -1 || echo "exit $rc, see $log") )
  rate=$(( ${runs:-0} / (seconds > 0 ? seconds : 1) ))
  printf '%-70s %12s %8s %8s %6s %7s %6s %s\n' "$target" "${runs:-0}" "$seconds" "$rate" "${cov:--}" "${ft:--}" "${corp:--}" "$finding"
done
