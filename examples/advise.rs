//! Prints the advice for an answers file as JSON.
//!
//! ```sh
//! cargo run --example advise -- examples/antwoorden/uitgaansleven-stad.json
//! ```
//!
//! The input is the answers' JSON form (any version up to the current one;
//! older versions are migrated). The output is documented in
//! `src/domain/advisor/ANSWERS.md` ("The advice").

use std::process::ExitCode;

use wat_werkt_drugs::content;
use wat_werkt_drugs::domain::advisor::{advise, Answers};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example advise -- FILE.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let answers = match Answers::from_json(&text) {
        Ok(answers) => answers,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match serde_json::to_string_pretty(&advise(&content::knowledge(), &answers)) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("could not write the advice: {error}");
            ExitCode::FAILURE
        }
    }
}
