#!/usr/bin/env bash
# The cluster drill (README "Cluster drill"): builds the jar, starts two nodes (ports 18081 and 18082) at the
# same moment on one MariaDB/MySQL schema (ecopark_drill), drives park applications through both, SIGKILLs
# nodes under load, cuts the database through a loopback proxy it owns (127.0.0.1:13307; the database server
# is never stopped), then checks the database. Figures go to target/drill/figures.txt.
#
#   src/test/cluster/drill.sh            # short version (CI): 8 cases, 1 kill, 10 s cut
#   src/test/cluster/drill.sh full       # full version: 60 cases, 2 kills, 30 s cut
#   SKIP_BUILD=1 src/test/cluster/drill.sh full    # reuse target/ecopark-flow-*.jar (or DRILL_JAR=…)
#   DRILL_CASES, DRILL_OUTAGE_SECONDS, DRILL_DB_NAME, DRILL_DB_HOST/PORT/USER/PASSWORD override the defaults.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode="${1:-short}"

if [ "${SKIP_BUILD:-}" != "1" ]; then
  mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
fi
jar="${DRILL_JAR:-$(ls target/ecopark-flow-*.jar | grep -v original | head -1)}"
connector=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
mkdir -p target/drill
rm -f target/drill/*.out

# The driver starts and stops the nodes itself (and kills them if it is interrupted). The outer limit makes sure
# a broken drill can never hold CI: TERM runs the driver's shutdown hook, which kills the nodes.
limit=$([ "$mode" = full ] && echo 60m || echo 20m)
DRILL_JAR="$jar" timeout --kill-after=60s "$limit" java -cp "$connector" src/test/cluster/ClusterDrill.java "$mode"
