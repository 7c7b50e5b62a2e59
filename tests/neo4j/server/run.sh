#!/usr/bin/env bash
# npm run neo4j: the project's test Neo4j (neo4j-harness 5.26 LTS from Maven Central, cached in ~/.m2).
# Prints `bolt://127.0.0.1:PORT` on one line on stdout when it accepts connections; stays up until
# SIGTERM/SIGINT. Progress and Neo4j's own messages go to stderr. Needs java (17+) and mvn.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "neo4j-test: '$tool' is not installed; the test Neo4j needs Java 17+ and Maven (Debian: apt-get install -y openjdk-17-jdk-headless maven)" >&2
    exit 3
  fi
done
cp="$here/target/classpath.txt"
# resolve again when the pom changed or a jar of the class path is gone (e.g. ~/.m2 was emptied)
stale() { [ ! -s "$cp" ] || [ "$here/pom.xml" -nt "$cp" ] || [ ! -f "$(tr ':' '\n' < "$cp" | grep -m1 'neo4j-harness')" ]; }
if stale; then
  echo "neo4j-test: resolving neo4j-harness with Maven (the first time downloads about 140 MB into ~/.m2)…" >&2
  mvn -B -q -f "$here/pom.xml" package >&2
fi
mkdir -p "$here/target/jna"
heap="${NEO4J_TEST_HEAP:-1g}"
# exec: the JVM gets the signals, and its shutdown hook closes Neo4j
exec java -Xms128m -Xmx"$heap" -XX:+UseSerialGC \
  -Djna.tmpdir="$here/target/jna" \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED \
  -cp "$(cat "$cp")" "$here/Neo4jTestServer.java"
