//! Measures how long `advise` takes per call, over every example answers
//! file, and prints the median and the 95th percentile.
//!
//! ```sh
//! cargo run --release --example bench-advice
//! ```
//!
//! The content is loaded (and the files read and migrated) before timing;
//! each timed call is one `advise(&answers)`.

use std::time::{Duration, Instant};

use wat_werkt_drugs::content;
use wat_werkt_drugs::domain::advisor::{advise, Answers};

const ROUNDS: usize = 2_000;

fn main() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/antwoorden");
    let mut files: Vec<(String, Answers)> = std::fs::read_dir(folder)
        .expect("examples/antwoorden")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let answers = Answers::from_json(&text).ok()?;
            Some((path.file_name()?.to_string_lossy().into_owned(), answers))
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    // Load the content once, outside the timing.
    let knowledge = content::knowledge();
    let _ = advise(&knowledge, &Answers::default());

    let mut all = Vec::with_capacity(files.len() * ROUNDS);
    println!("{:<40} {:>10} {:>10}", "file", "median", "p95");
    for (name, answers) in &files {
        let mut times = Vec::with_capacity(ROUNDS);
        for _ in 0..ROUNDS {
            let start = Instant::now();
            let advice = advise(&knowledge, answers);
            times.push(start.elapsed());
            std::hint::black_box(advice);
        }
        times.sort();
        println!("{name:<40} {:>10} {:>10}", show(percentile(&times, 50)), show(percentile(&times, 95)));
        all.extend(times);
    }
    all.sort();
    println!("{:<40} {:>10} {:>10}", format!("all ({} calls)", all.len()), show(percentile(&all, 50)), show(percentile(&all, 95)));
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[(sorted.len() - 1) * p / 100]
}

fn show(duration: Duration) -> String {
    format!("{:.1} µs", duration.as_secs_f64() * 1e6)
}
