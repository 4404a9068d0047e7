fn main() {
    wat_werkt_drugs::ui::mount_advice();
}

/// The advice engine's benchmark (`ui::bench`), for `tests/e2e/bench.mjs`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_advice(rounds: u32) -> Vec<f64> {
    wat_werkt_drugs::ui::bench::advice(rounds)
}
