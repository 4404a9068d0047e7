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

/// Keeps `document.title` in step with `page` while the calling component lives.
pub fn use_title(page: impl Fn() -> String + 'static) {
    Effect::new(move |_| document().set_title(&full_title(&page())));
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
