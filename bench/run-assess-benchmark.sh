#!/usr/bin/env bash
# Builds the benchmarks and times assessing fully answered plants of the given numbers of zones.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(./zonewarden --print-java-home)"
export JAVA_HOME
sizes=("$@")
((${#sizes[@]})) || sizes=(200 2000 20000)
mvn -q -B -DskipTests -Dspotless.check.skip=true package -pl bench -am >&2
params="$(IFS=,; echo "${sizes[*]}")"
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar AssessBenchmark -p "zones=$params" -rf text \
  -rff bench/target/assess-benchmarks.txt
echo "results: bench/target/assess-benchmarks.txt" >&2
