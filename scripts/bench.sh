#!/usr/bin/env bash
# Builds the release and runs every benchmark: first-visit size, search and
# advice engine times (native and in Chromium, also with a 4x slower CPU),
# long tasks while typing and moving through the advisor, and Lighthouse on
# five pages. Prints each figure with its budget and writes BENCHMARKS.md.
# Takes about 13 minutes (3 of them building the minimal app it compares with).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/tests/node_modules/.bin:$PATH"
trunk build --release
node tests/e2e/benchmarks.mjs
