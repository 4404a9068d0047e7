#!/usr/bin/env bash
# Installs what is missing, then runs every test layer:
#   0. structure checks             the domain is pure; no unit too large
#   1. native domain tests         cargo test
#   2. component tests in Chromium cargo test --target wasm32-unknown-unknown
#   3. the release build and its size budget
#   4. end-to-end journeys + axe   Playwright against the release build
#   5. hosting configurations      the real nginx and Caddy with hosting/
#   6. Firefox ESR and WebKitGTK    WebDriver journeys against the release build
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/tests/node_modules/.bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "0/6 structure: a pure domain, no function over 100 lines, no file over 700"
scripts/check-purity.sh
node scripts/check-sizes.mjs

step "1/6 native tests (cargo test)"
cargo test --quiet

step "2/6 component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test components --test storage --test steps

step "3/6 release build and size budget"
trunk build --release
node scripts/size-report.mjs dist

step "4/6 end-to-end tests (Playwright + axe, release build)"
(cd tests && npx playwright test --config e2e/playwright.config.ts)

step "5/6 hosting: nginx and Caddy with the shipped configurations (headers, then journeys in Chromium)"
node --test --test-reporter=dot tests/hosting/headers.test.mjs
(cd tests && npx playwright test --config hosting/playwright.config.ts)

step "6/6 Firefox ESR and WebKitGTK through WebDriver (release build)"
(cd tests && node --test e2e/engines/engines.test.mjs)

step "all tests passed"
