//! Benchmarks callable from the browser (`window.wasmBindings`), used by
//! `tests/e2e/bench.mjs`: they time the engines in Chromium and return
//! figures; nothing here runs unless called. Part of the whole app's
//! binary only, so the reader's bundle carries no advisor for them.

use wasm_bindgen::prelude::*;

use wat_werkt_drugs::content;
use wat_werkt_drugs::domain::search::BENCHMARK_QUERIES;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Median and 95th percentile of per-call times in milliseconds.
fn summary(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_unstable_by(f64::total_cmp);
    if times.is_empty() {
        return (0.0, 0.0);
    }
    (times[times.len() / 2], times[(times.len() * 95).div_ceil(100) - 1])
}

/// Times the search engine over the benchmark queries. Returns
/// `[queries, rounds, index build ms, median ms, p95 ms]` (numbers, so no
/// float formatting code ships in the wasm).
#[wasm_bindgen]
pub fn bench_search(rounds: u32) -> Vec<f64> {
    let start = now();
    let index = content::search_index();
    let build_ms = now() - start;
    let mut per_query = Vec::new();
    for query in BENCHMARK_QUERIES {
        let mut times = Vec::new();
        for _ in 0..rounds.max(1) {
            let start = now();
            let _ = index.search(query, 30);
            times.push(now() - start);
        }
        per_query.push(summary(times).0);
    }
    let (median, p95) = summary(per_query);
    vec![BENCHMARK_QUERIES.len() as f64, f64::from(rounds), build_ms, median, p95]
}

/// Times `advise()` on answer sets built from the questionnaire's own
/// options (none, a few, every option). Returns
/// `[answer sets, rounds, median ms, p95 ms]` per recompute.
#[wasm_bindgen]
pub fn bench_advice(rounds: u32) -> Vec<f64> {
    use wat_werkt_drugs::domain::advisor::{advise, Answers, Field};
    let questionnaire = content::questionnaire();
    let knowledge = content::knowledge();
    let mut sets = vec![Answers::default()];
    for take in [1usize, 2, usize::MAX] {
        let mut answers = Answers::default();
        for field in Field::ALL.into_iter().filter(|f| !f.is_text()) {
            let ids: Vec<String> = questionnaire.option_ids(field).into_iter().take(take).map(str::to_owned).collect();
            answers.set_choices(field, ids);
        }
        answers.municipality = "Benchstad".into();
        sets.push(answers);
    }
    let mut times = Vec::new();
    for _ in 0..rounds.max(1) {
        for answers in &sets {
            let start = now();
            let advice = advise(&knowledge, answers);
            times.push(now() - start);
            std::hint::black_box(advice);
        }
    }
    let (median, p95) = summary(times);
    vec![sets.len() as f64, f64::from(rounds), median, p95]
}
