#!/usr/bin/env bash
# Installs what is missing, then serves the app with live reload at the URL
# Trunk prints (http://127.0.0.1:8080/ unless PORT is set).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
exec trunk serve --port "${PORT:-8080}"
