#!/usr/bin/env bash
# Builds the benchmarks and plans roadmaps on generated plants: 300 countermeasures and 1,000 scenarios by default.
# Arguments (all optional): countermeasures scenarios seeds budget-fraction solver-workers reach
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(./zonewarden --print-java-home)"
export JAVA_HOME
mvn -q -B -DskipTests -Dspotless.check.skip=true package -pl bench -am >&2
opts=(--enable-native-access=ALL-UNNAMED)
if [[ "$("$JAVA_HOME/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}')" -ge 23 ]]; then
  opts+=(--sun-misc-unsafe-memory-access=allow)
fi
"$JAVA_HOME/bin/java" "${opts[@]}" -cp bench/target/benchmarks.jar io.zonewarden.bench.RoadmapFigures "$@" \
  | tee bench/target/roadmap-figures.txt
