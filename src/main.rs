#[cfg(target_arch = "wasm32")]
mod bench;

fn main() {
    wat_werkt_drugs::ui::mount();
}
