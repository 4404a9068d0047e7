//! The document title: unique per route, always ending in the product name.

use leptos::prelude::*;

/// The product name, as shown in the header and every page title.
pub const PRODUCT: &str = "Wat werkt bij drugspreventie";

/// The full `<title>` text for a page.
pub fn full_title(page: &str) -> String {
    if page.is_empty() {
        PRODUCT.to_owned()
    } else {
        format!("{page} - {PRODUCT}")
    }
}

/// Keeps `document.title` in step with `page` while the calling component
/// lives. When pages are rendered to HTML at build time (natively), the
/// title goes to the `PageTitle` in context instead.
pub fn use_title(page: impl Fn() -> String + 'static) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(title) = use_context::<PageTitle>() {
        title.set(full_title(&page()));
        return;
    }
    Effect::new(move |_| document().set_title(&full_title(&page())));
}

/// The title a page set while rendered to HTML at build time.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Default)]
pub struct PageTitle(std::sync::Arc<std::sync::Mutex<String>>);

#[cfg(not(target_arch = "wasm32"))]
impl PageTitle {
    fn set(&self, title: String) {
        if let Ok(mut current) = self.0.lock() {
            *current = title;
        }
    }

    pub fn get(&self) -> String {
        self.0.lock().map(|title| title.clone()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_end_with_the_product_name() {
        assert_eq!(full_title("Dossier"), "Dossier - Wat werkt bij drugspreventie");
        assert_eq!(full_title(""), PRODUCT);
    }
}
