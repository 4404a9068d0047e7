//! Embed mode: the compact layout used inside another site's iframe, and
//! the rules for talking to the host page.

/// Whether a URL query string (with or without its leading `?`) asks for
/// embed mode: `embed=1` or `embed=true`.
pub fn requested(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .any(|(key, value)| key == "embed" && matches!(value, "1" | "true"))
}

/// The host origins allowed when index.html has no wwd-embed-hosts meta tag:
/// Loket Gezond Leven only (tests and local development add their own).
pub const DEFAULT_HOSTS: &str = "https://www.loketgezondleven.nl https://loketgezondleven.nl";

/// Whether `origin` ("https://www.example.nl", "http://localhost:8080")
/// matches one of the space-separated `patterns`: an exact origin, or one
/// ending in `:*` for any port.
pub fn host_allowed(origin: &str, patterns: &str) -> bool {
    !origin.is_empty()
        && origin != "null"
        && patterns.split_whitespace().any(|pattern| match pattern.strip_suffix(":*") {
            Some(base) => origin == base || origin.strip_prefix(base).and_then(|rest| rest.strip_prefix(':')).is_some_and(is_port),
            None => origin == pattern,
        })
}

fn is_port(text: &str) -> bool {
    !text.is_empty() && text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The origin part of a URL ("https://a.nl/x?y" gives "https://a.nl").
pub fn origin_of(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    (end > 0).then(|| &url[..scheme.len() + 3 + end])
}

/// A message from the host page, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostMessage {
    /// Report the height again now.
    RequestHeight,
    /// Show this app path (a deep link chosen in the host page).
    Navigate(String),
}

impl HostMessage {
    /// Reads a message's `type` and `path`; anything else is ignored. A path
    /// must be an app path: starting with one `/`, no scheme, no `//`.
    pub fn parse(kind: &str, path: Option<&str>) -> Option<HostMessage> {
        match kind {
            "wwd:request-height" => Some(HostMessage::RequestHeight),
            "wwd:navigate" => {
                let path = path?;
                let safe = path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && path.len() < 500;
                safe.then(|| HostMessage::Navigate(path.to_owned()))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_origins_match_exactly_or_with_any_port() {
        let local = "http://localhost:* http://127.0.0.1:*";
        assert!(host_allowed("https://www.loketgezondleven.nl", DEFAULT_HOSTS));
        assert!(!host_allowed("http://localhost:5173", DEFAULT_HOSTS));
        assert!(host_allowed("http://localhost:5173", local));
        assert!(host_allowed("http://127.0.0.1:4173", local));
        assert!(!host_allowed("https://www.loketgezondleven.nl.evil.example", DEFAULT_HOSTS));
        assert!(!host_allowed("https://evil.example", DEFAULT_HOSTS));
        assert!(!host_allowed("http://localhost:80x", local));
        assert!(!host_allowed("http://localhost.evil:80", local));
        assert!(!host_allowed("null", "null"));
        assert!(!host_allowed("", DEFAULT_HOSTS));
    }

    #[test]
    fn origins_are_cut_from_urls() {
        assert_eq!(origin_of("https://www.loketgezondleven.nl/gezondheidsthema/drugs?x=1"), Some("https://www.loketgezondleven.nl"));
        assert_eq!(origin_of("http://127.0.0.1:4000"), Some("http://127.0.0.1:4000"));
        assert_eq!(origin_of("javascript:alert(1)"), None);
        assert_eq!(origin_of("https://"), None);
    }

    #[test]
    fn host_messages_are_validated() {
        assert_eq!(HostMessage::parse("wwd:request-height", None), Some(HostMessage::RequestHeight));
        assert_eq!(HostMessage::parse("wwd:navigate", Some("/dossier/5-7-uitgaansleven")), Some(HostMessage::Navigate("/dossier/5-7-uitgaansleven".into())));
        assert_eq!(HostMessage::parse("wwd:navigate", Some("https://evil.example/")), None);
        assert_eq!(HostMessage::parse("wwd:navigate", Some("//evil.example/")), None);
        assert_eq!(HostMessage::parse("wwd:navigate", None), None);
        assert_eq!(HostMessage::parse("iets", Some("/")), None);
    }

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
