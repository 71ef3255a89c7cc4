#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures what the library adds to a fresh JVM's start-up: runs HelloWorld and FirstAnswer (load ISO/IEC
# 27002:2022 + one query) alternately N times each on the same class path and prints the medians in ms.
#
# Usage (from the project root):  bash isms-examples/src/bench/startup.sh [N]     (default N=15)
# Builds the modules first (mvn package, skipping tests) unless SKIP_BUILD=1; extra JVM flags via JAVA_OPTS.
set -euo pipefail
N="${1:-15}"
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -pl isms-examples -am package -DskipTests -Dmaven.javadoc.skip=true
fi
# The package phase copies the runtime dependencies to isms-examples/target/lib; use the third-party jars from
# there and the modules' target/classes (not their jars), as an IDE or 'java -cp' user would.
DEPS="$(ls isms-examples/target/lib/*.jar | grep -v '/isms-' | paste -sd: -)"
CP="isms-examples/target/classes:isms-core/target/classes:isms-catalog/target/classes:isms-risk/target/classes"
CP="$CP${DEPS:+:$DEPS}"

run_ms() { # prints the wall time of one JVM run in ms
  local start end
  start=$(date +%s%N)
  java ${JAVA_OPTS:-} -cp "$CP" "$1" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

cpu_ms() { # prints the CPU time (all threads, user + sys) of one JVM run in ms; needs perf
  perf stat -x, -e task-clock java ${JAVA_OPTS:-} -cp "$CP" "$1" 2>&1 >/dev/null | grep task-clock | cut -d, -f1 \
    | cut -d. -f1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "first answer prints: $(java ${JAVA_OPTS:-} -cp "$CP" dev.isms.examples.startup.FirstAnswer)"
java ${JAVA_OPTS:-} -cp "$CP" dev.isms.examples.startup.HelloWorld >/dev/null   # warm the OS file cache
hello=(); first=()
for ((i = 0; i < N; i++)); do
  hello+=("$(run_ms dev.isms.examples.startup.HelloWorld)")
  first+=("$(run_ms dev.isms.examples.startup.FirstAnswer)")
done
h=$(printf '%s\n' "${hello[@]}" | median)
f=$(printf '%s\n' "${first[@]}" | median)
echo "runs:                 $N each, alternating"
echo "hello world median:   $h ms"
echo "first answer median:  $f ms"
echo "difference:           $((f - h)) ms (goal: <= 60 ms)"
# Wall time swings with the machine's load; CPU time is steadier, so print it too when perf is available.
if command -v perf >/dev/null && perf stat -e task-clock true >/dev/null 2>&1; then
  hc=(); fc=()
  for ((i = 0; i < N; i++)); do
    hc+=("$(cpu_ms dev.isms.examples.startup.HelloWorld)")
    fc+=("$(cpu_ms dev.isms.examples.startup.FirstAnswer)")
  done
  hcm=$(printf '%s\n' "${hc[@]}" | median)
  fcm=$(printf '%s\n' "${fc[@]}" | median)
  echo "cpu time medians:     hello $hcm ms, first answer $fcm ms, difference $((fcm - hcm)) ms"
fi
echo "load average:         $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
