//! Prints the reader's pages rendered to HTML, and the page for addresses
//! that do not exist (`prerender::NOT_FOUND`), one JSON object per line
//! (`{"path", "title", "html"}`), for the release build's post-build hook
//! (`scripts/post-build.mjs`), which writes them into `dist/`.

use std::io::Write;

use wat_werkt_drugs::ui::prerender;

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in prerender::reader_addresses().into_iter().chain([prerender::NOT_FOUND.to_owned()]) {
        let page = prerender::render(&path);
        let line = serde_json::to_string(&page).unwrap_or_default();
        if writeln!(out, "{line}").is_err() {
            std::process::exit(1);
        }
    }
}
