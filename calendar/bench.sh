#!/usr/bin/env bash
# Re-runnable JMH benchmark of due-date computation (issue: >= 1,000,000 per second on one core).
set -euo pipefail
cd "$(dirname "$0")/.."
# java_major and find_jdk, as ./motcua defines them (one sed range covers both)
source <(sed -n "/^java_major()/,/^}/p" motcua)
JAVA_HOME=$(find_jdk) || { echo "need a JDK >= 21" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -ntp -q -pl calendar -Pbench package -DskipTests
java -jar calendar/target/benchmarks.jar "$@"
