#!/usr/bin/env bash
# Tries a draft scoring model without releasing it (issue 31): prints Markdown, beside the
# current release, with the learner profiles that pass and fail, the current release's golden
# links the draft would score otherwise, and formats, confidence, circumstances and the
# sensitivity table over 200,000 random answer sets (or every answer set: --whole-space, a few
# minutes a model on two cores). Nothing is released or written.
#   cp src/main/resources/models/model-v2.yaml /tmp/draft.yaml   # change the copy, then:
#   bench/try-model.sh /tmp/draft.yaml > target/trial.md
#   bench/try-model.sh /tmp/draft.yaml --whole-space
set -euo pipefail
[[ $# -ge 1 && -f $1 ]] || { echo "usage: bench/try-model.sh path/to/draft.yaml [--whole-space]" >&2; exit 2; }
draft=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Dspring-javaformat.skip=true >&2
./mvnw -q -B exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
	"-Dexec.args=-Xmx1g -cp %classpath org.formatfit.recommendation.ModelTrial $draft $*"
