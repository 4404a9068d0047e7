#!/usr/bin/env bash
# The domain is pure Rust: it never uses the content (content depends on the
# domain, not the reverse), the browser boundary, the UI, Leptos or a browser API. Fails
# naming the lines.
set -euo pipefail
cd "$(dirname "$0")/.."
forbidden='\b(crate::(content|browser|ui)|crate::\{[^}]*\b(content|browser|ui)\b|leptos(_[a-z]+)?|web_sys|wasm_bindgen(_[a-z]+)?|js_sys|gloo(_[a-z]+)?)\b'
# Comments may name them; code may not.
if found=$(grep -rnE --include='*.rs' "$forbidden" src/domain | grep -vE '^[^:]+:[0-9]+:\s*//'); then
    echo "src/domain must not use crate::content, crate::browser, crate::ui, leptos, web-sys, wasm-bindgen, js-sys or gloo:" >&2
    echo "$found" >&2
    exit 1
fi
echo "purity ok: src/domain uses no content, browser, UI, Leptos or browser crates"
