#!/usr/bin/env bash
# Builds the benchmarks and times loading + validating generated plant models of the given sizes (assets).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(./zonewarden --print-java-home)"
export JAVA_HOME
sizes=("$@")
((${#sizes[@]})) || sizes=(5000 50000 500000)
mvn -q -B -DskipTests -Dspotless.check.skip=true package -pl bench -am >&2
params="$(IFS=,; echo "${sizes[*]}")"
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar LoadAndValidateBenchmark -p "assets=$params" -rf text \
  -rff bench/target/plant-benchmarks.txt
echo "results: bench/target/plant-benchmarks.txt" >&2
