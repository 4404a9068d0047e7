//! Embed mode: the compact layout used inside another site's iframe.

/// Whether a URL query string (with or without its leading `?`) asks for
/// embed mode: `embed=1` or `embed=true`.
pub fn requested(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .any(|(key, value)| key == "embed" && matches!(value, "1" | "true"))
}

#[cfg(test)]
mod tests {
    use super::requested;

    #[test]
    fn embed_flag_is_read_from_the_query() {
        assert!(requested("?embed=1"));
        assert!(requested("q=cannabis&embed=true"));
        assert!(!requested(""));
        assert!(!requested("?embed=0"));
        assert!(!requested("?embedded=1"));
        assert!(!requested("?q=embed=1"));
    }
}
