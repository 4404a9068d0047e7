//! Prints the draft policy plan for an answers file or a saved plan (an
//! export of the app, such as `examples/plannen/*.json`), as Markdown (or
//! writes a .docx): `cargo run --example plan -- FILE.json [--docx OUT.docx]`.
//! The plan is built exactly as the app builds it: for an answers file as
//! for a new draft (all parts as suggestions, the best recommendations in
//! Acties); for a saved plan with its figures, goals, actions and texts.

use wat_werkt_drugs::content;
use wat_werkt_drugs::domain::advisor::{advise, Answers};
use wat_werkt_drugs::domain::docx::to_docx;
use wat_werkt_drugs::domain::draft::{read_import, DraftData};
use wat_werkt_drugs::domain::document::to_markdown;
use wat_werkt_drugs::domain::policy_plan::{document, Inputs, PolicyPlanState};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: cargo run --example plan -- FILE.json [--docx OUT.docx]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(1);
    });
    let (answers, policy_plan) = match read_import::<DraftData>(&text) {
        Ok(mut drafts) if !drafts.is_empty() => {
            let data = drafts.remove(0).data;
            (data.answers, data.policy_plan)
        }
        _ => {
            let answers = Answers::from_json(&text).unwrap_or_else(|e| {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            });
            (answers, PolicyPlanState::default())
        }
    };
    let advice = advise(&content::knowledge(), &answers);
    let inputs = Inputs { answers: &answers, advice: &advice, policy_plan: &policy_plan, questionnaire: content::questionnaire(), rules: content::advice_rules(), texts: content::policy_plan_texts(), date: "29 november 2026" };
    let labels = |id: &str| content::dossier().anchor(id).map(|a| a.label.clone());
    let document = document(content::policy_plan_parts(), &inputs, &labels);
    match args.iter().position(|a| a == "--docx").and_then(|i| args.get(i + 1)) {
        Some(out) => {
            if let Err(error) = std::fs::write(out, to_docx(&document)) {
                eprintln!("cannot write {out}: {error}");
                std::process::exit(1);
            }
        }
        None => print!("{}", to_markdown(&document)),
    }
}
