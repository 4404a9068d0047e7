#!/usr/bin/env bash
# Installs what building and testing need, skipping what is already there at
# the right version. Only the package registries are used (crates.io, npm,
# Debian). Usage: scripts/setup.sh [serve|test]   (default: test)
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-test}"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
GECKODRIVER_VERSION=0.37.1
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  say "apt-get install $*"
  # One apt at a time on this machine (two at once fail on the dpkg lock).
  as_root flock /tmp/apt.lock apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root flock /tmp/apt.lock apt-get install -y -qq --no-install-recommends "$@"
}
# Installs servers without starting them: Debian's packages would start a
# system nginx / Caddy on port 80 (the tests run their own, unprivileged).
apt_install_no_start() {
  local policy=/usr/sbin/policy-rc.d
  if [ -e "$policy" ]; then apt_install "$@"; return; fi
  printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
  as_root chmod +x "$policy"
  local status=0
  apt_install "$@" || status=$?
  as_root rm -f "$policy"
  return "$status"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$WASM_BINDGEN_VERSION" ]; then
  # No --locked: its lockfile pins a crate version the registry lacks.
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

# Trunk builds offline: fetch every crate first.
cargo fetch --quiet

if [ "$purpose" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
  # The other two engines (tests/e2e/engines): Firefox ESR and WebKitGTK's
  # MiniBrowser with its WebDriver, run under Xvfb (xvfb-run needs xauth).
  engine_packages=()
  command -v firefox-esr >/dev/null || engine_packages+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || engine_packages+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null && command -v xauth >/dev/null || engine_packages+=(xvfb xauth)
  # The Word file is checked by the program people open it with.
  command -v soffice >/dev/null || engine_packages+=(libreoffice-writer-nogui)
  [ ${#engine_packages[@]} -eq 0 ] || apt_install "${engine_packages[@]}"
  if [ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "cargo install geckodriver $GECKODRIVER_VERSION (about 5 minutes on 2 cores)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
  # The hosting configurations are tested against the real servers.
  if [ ! -x /usr/sbin/nginx ] || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] \
    || ! command -v caddy >/dev/null; then
    apt_install_no_start nginx-light libnginx-mod-http-brotli-static caddy
  fi
  # Test tooling and wasm-opt (binaryen) from npm, pinned by tests/package-lock.json.
  lock_sum=$(sha256sum tests/package-lock.json | cut -d' ' -f1)
  if [ "$(cat tests/node_modules/.installed-from 2>/dev/null)" != "$lock_sum" ]; then
    say "npm ci (tests/)"
    (cd tests && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    echo "$lock_sum" > tests/node_modules/.installed-from
  fi
fi
