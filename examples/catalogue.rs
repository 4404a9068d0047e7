//! Prints every catalogue record as JSON, for content checks and maintainers:
//! `cargo run --example catalogue > catalogue.json`
//!
//! ```text
//! {
//!   "interventions": [            // the 31 rows of Tabel 2-7, in table order
//!     {
//!       "id": "moti-4",           // stable id, also the page /interventies/<id>
//!       "name": "...",            // Naam, as written
//!       "description": "..."|null,// Korte beschrijving (null for four Tabel 2 rows)
//!       "target_group": "...",    // Doelgroep en setting, as written
//!       "recognition_text": "...",// Erkend als, as written
//!       "note": "..."|null,       // note under Erkend als
//!       "recognition": "effectief-goede-aanwijzingen" | "effectief-eerste-aanwijzingen" | "goed-onderbouwd"
//!                      | "goed-beschreven" | "niet-in-databank" | "niet-erkend",
//!       "levels": ["U"|"S"|"I"|"HR", ...],
//!       "ages": [14, 24]|null,    // age range in years where the row states one
//!       "table": 5,               // Tabel number
//!       "section": "5-4-hoger-onderwijs", // dossier section holding the table
//!       "settings": ["hoger-onderwijs", ...],
//!       "links": ["https://...", ...]
//!     }
//!   ],
//!   "programmes": [               // programmes, toolboxes, guides the dossier names
//!     { "id", "name", "kind", "description"|null, "section", "settings", "links", "intervention"|null }
//!   ]
//! }
//! ```

use serde::Serialize;
use wat_werkt_drugs::content;
use wat_werkt_drugs::domain::catalogue::{Intervention, Programme};

#[derive(Serialize)]
struct Catalogue {
    interventions: &'static [Intervention],
    programmes: &'static [Programme],
}

fn main() {
    let problems = content::problems();
    if !problems.is_empty() {
        for problem in problems {
            eprintln!("{problem}");
        }
        std::process::exit(1);
    }
    let catalogue = Catalogue { interventions: content::interventions(), programmes: content::programmes() };
    match serde_json::to_string_pretty(&catalogue) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("could not write JSON: {error}");
            std::process::exit(1);
        }
    }
}
