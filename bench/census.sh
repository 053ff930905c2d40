#!/usr/bin/env bash
# Figures of docs/model.md: every released scoring model over the whole answer space (every
# combination of the fifteen answers), and its reasons and changes over 100,000 random answer
# sets. Prints Markdown; takes a few minutes a model on two cores.
#   bench/census.sh > target/census.md
#   bench/census.sh --sample-only     # the sample table alone, in under a minute
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Dspring-javaformat.skip=true >&2
./mvnw -q -B exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
	"-Dexec.args=-Xmx1g -cp %classpath org.formatfit.recommendation.ModelCensus $*"
