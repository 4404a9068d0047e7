//! Files: downloads made in the browser and files the user picks or drops.
//! Nothing here panics; failures come back as Dutch messages.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// Offers `bytes` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |_| "De browser kon het bestand niet maken.".to_owned();
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("Geen document.")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| "Geen link.".to_owned())?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_class_name("visually-hidden");
    if let Some(body) = document.body() {
        let _ = body.append_child(&link);
        link.click();
        let _ = body.remove_child(&link);
    }
    // Revoke after the browser has taken the file.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Reads a picked or dropped file as text, refusing files over `max_bytes`
/// before reading them.
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, String> {
    let size = file.size();
    if size > max_bytes as f64 {
        return Err(format!(
            "Het bestand is te groot ({} kB). Een export van deze tool is veel kleiner; kies het bestand dat u met “Exporteren” hebt gemaakt.",
            (size / 1000.0) as u64
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_: JsValue| "Het bestand kon niet worden gelezen. Probeer het opnieuw.".to_owned())?;
    text.as_string().ok_or_else(|| "Het bestand bevat geen tekst.".to_owned())
}
