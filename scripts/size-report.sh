#!/usr/bin/env bash
# Builds the release into dist/ and prints the first-visit transfer size
# against the budget in tests/size-budget.json (fails when over budget).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/tests/node_modules/.bin:$PATH"
trunk build --release
node scripts/size-report.mjs dist
