//! Benchmarks of the engines in the browser, used by `tests/e2e/bench.mjs`
//! and `benchmarks.mjs`: they time the engines in Chromium and return
//! figures; nothing here runs unless called. Each bundle exports the one of
//! its engine (`window.wasmBindings.bench_search` in the reader's,
//! `bench_advice` in the advice's), so no bundle carries another's engine.

use crate::content;
use crate::domain::search::BENCHMARK_QUERIES;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Times the search engine over the benchmark queries. Returns the index's
/// build time, then each query's time per round, query by query, in
/// milliseconds (numbers only, so no float formatting or sorting code
/// ships in the wasm; `tests/e2e/engine-figures.mjs` summarises them).
pub fn search(rounds: u32) -> Vec<f64> {
    let start = now();
    let index = content::search_index();
    let mut times = vec![now() - start];
    for query in BENCHMARK_QUERIES {
        for _ in 0..rounds.max(1) {
            let start = now();
            std::hint::black_box(index.search(query, 30));
            times.push(now() - start);
        }
    }
    times
}

/// Times `advise()` on answer sets built from the questionnaire's own
/// options (none, a few, every option). Returns the time of each
/// recompute in milliseconds, round by round.
pub fn advice(rounds: u32) -> Vec<f64> {
    use crate::domain::advisor::{advise, Answers, Field};
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
    times
}
