#!/usr/bin/env bash
# Builds the benchmarks and times reading model files of 1, 4 and 16 MiB made of one long line, of lines at the
# line limit, and of short lines (HostileModelBenchmark).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(./zonewarden --print-java-home)"
export JAVA_HOME
mvn -q -B -DskipTests -Dspotless.check.skip=true package -pl bench -am >&2
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar HostileModelBenchmark -rf text \
  -rff bench/target/hostile-benchmarks.txt "$@"
echo "results: bench/target/hostile-benchmarks.txt" >&2
