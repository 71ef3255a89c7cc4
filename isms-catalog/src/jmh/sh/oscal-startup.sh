#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fresh-JVM comparison: loads NIST SP 800-53 rev5 (../shared/oscal, 3.2 MB) and prints its number of controls, with
# isms (ColdLoad, on the library's run-time class path only) and with liboscal-java (LiboscalColdLoad), alternately,
# N times each; prints the median wall time and the median peak RSS (/usr/bin/time -v) of each.
#
# Usage (from the project root):  bash isms-catalog/src/jmh/sh/oscal-startup.sh [N]     (default N=11)
# Compiles the benchmark sources first (mvn -Djmh=isms-catalog ... test-compile, offline).
set -euo pipefail
N="${1:-11}"
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
FILE="${ISMS_SHARED:-$ROOT/../shared}/oscal/sp800-53-rev5/NIST_SP-800-53_rev5.0.1_catalog.json"
# Compiles the library and the benchmark sources (the 'benchmarks' profile) and writes both class paths; with -am,
# the last file written is isms-catalog's, whose entries include isms-core's target/classes.
mvn -B -q -o -Djmh=isms-catalog -pl isms-catalog -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=/tmp/isms-rt.cp -Dmaven.javadoc.skip=true
mvn -B -q -o -Djmh=isms-catalog -pl isms-catalog -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/isms-test.cp -Dmaven.javadoc.skip=true
BENCH=isms-catalog/target/test-classes
ISMS_CP="$BENCH:isms-catalog/target/classes:$(cat /tmp/isms-rt.cp)"
LIB_CP="$BENCH:isms-catalog/target/classes:$(cat /tmp/isms-test.cp)"
LOG4J=-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory

run() { # prints "<wall ms> <peak RSS KB> <CPU ms, user + sys, all threads>" of one JVM run
  local cp="$1" main="$2" start end out
  start=$(date +%s%N)
  out=$( { /usr/bin/time -f "%M %U %S" java ${JAVA_OPTS:-} $LOG4J -cp "$cp" "$main" "$FILE" >/dev/null; } 2>&1 \
    | tail -1)
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(echo "$out" | awk '{printf "%d %d", $1, ($2 + $3) * 1000}')"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "isms counts:     $(java $LOG4J -cp "$ISMS_CP" dev.isms.catalog.oscal.ColdLoad "$FILE")"
echo "liboscal counts: $(java $LOG4J -cp "$LIB_CP" dev.isms.catalog.oscal.LiboscalColdLoad "$FILE")"
ims=(); irss=(); icpu=(); lms=(); lrss=(); lcpu=()
for ((i = 0; i < N; i++)); do
  read -r t r c < <(run "$ISMS_CP" dev.isms.catalog.oscal.ColdLoad); ims+=("$t"); irss+=("$r"); icpu+=("$c")
  read -r t r c < <(run "$LIB_CP" dev.isms.catalog.oscal.LiboscalColdLoad); lms+=("$t"); lrss+=("$r"); lcpu+=("$c")
done
med() { printf '%s\n' "$@" | median; }
it=$(med "${ims[@]}"); ir=$(med "${irss[@]}"); ic=$(med "${icpu[@]}")
lt=$(med "${lms[@]}"); lr=$(med "${lrss[@]}"); lc=$(med "${lcpu[@]}")
ratio() { awk "BEGIN {printf \"%.1f\", $1 / $2}"; }
echo "runs:            $N each, alternating (medians)"
echo "isms:            ${it} ms wall, ${ic} ms CPU, peak RSS $((ir / 1024)) MB"
echo "liboscal-java:   ${lt} ms wall, ${lc} ms CPU, peak RSS $((lr / 1024)) MB"
echo "isms advantage:  $(ratio "$lt" "$it")x wall, $(ratio "$lc" "$ic")x CPU, $(ratio "$lr" "$ir")x less memory"
echo "load average:    $(cut -d' ' -f1-3 /proc/loadavg)"
