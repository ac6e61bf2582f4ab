#!/usr/bin/env bash
# Re-runnable JMH benchmark of due-date computation (issue: >= 1,000,000 per second on one core).
set -euo pipefail
cd "$(dirname "$0")/.."
source <(sed -n '/^java_major()/,/^}/p; /^find_jdk()/,/^}/p' motcua)
JAVA_HOME=$(find_jdk) && export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -ntp -q -pl calendar -Pbench package -DskipTests
java -jar calendar/target/benchmarks.jar "$@"
