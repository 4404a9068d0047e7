//! Search benchmark: runs a fixed list of realistic queries over the whole
//! corpus and prints the median and 95th percentile engine time per query,
//! then the relevance test set's figures (tests/fixtures/zoekvragen.txt).
//! `cargo run --release --example bench-search` (figures, not a test).

use std::time::Instant;

use wat_werkt_drugs::content;
use wat_werkt_drugs::domain::search::BENCHMARK_QUERIES;
use wat_werkt_drugs::ui::search_relevance;

fn main() {
    let started = Instant::now();
    let index = content::search_index();
    println!("index built in {:.2} ms ({} documents)", started.elapsed().as_secs_f64() * 1000.0, index.documents().len());

    let rounds = 50;
    let mut per_query = Vec::new();
    for query in BENCHMARK_QUERIES {
        let mut times = Vec::with_capacity(rounds);
        let mut hits = 0;
        for _ in 0..rounds {
            let start = Instant::now();
            hits = index.search(query, 20).hits.len();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        per_query.push(times[rounds / 2]);
        if std::env::args().any(|a| a == "--verbose") {
            println!("{:>8.3} ms  {hits:>3} hits  {query}", times[rounds / 2]);
        }
    }
    per_query.sort_by(f64::total_cmp);
    let median = per_query[per_query.len() / 2];
    let p95 = per_query[(per_query.len() * 95).div_ceil(100) - 1];
    println!("{} queries x {rounds} rounds: median {median:.3} ms, p95 {p95:.3} ms per query (budget p95 < 2 ms native)", BENCHMARK_QUERIES.len());

    let relevance = search_relevance::evaluate();
    println!(
        "relevance: {} queries, {:.0}% with every expected page in the top {}, mean reciprocal rank {:.2}",
        relevance.cases,
        relevance.top_five * 100.0,
        search_relevance::TOP,
        relevance.mean_reciprocal_rank
    );
    for (query, missing) in &relevance.misses {
        println!("  missed: {query} => {}", missing.join(", "));
    }
}
