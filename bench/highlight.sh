#!/usr/bin/env bash
# Search excerpts and highlights: the portal's ExcerptSelector + Highlighter against Lucene's UnifiedHighlighter on the
# seed index (content/documents + content/articles), for the QA sets' questions with and without diacritics: expected
# facts in the top-3 excerpts, highlighted words against the highlighting rules, and the time per hit. No portal runs.
# Usage: bench/highlight.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl portal-war -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cd portal-war
java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" vn.tdc.portal.bench.HighlightBenchmark \
    ../chatbot-module/src/test/resources
