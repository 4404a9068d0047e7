//! The clipboard: copying a document as rich and plain text.

use wasm_bindgen::{JsCast, JsValue};

/// Copies HTML and plain text to the clipboard (plain text only where the
/// browser cannot take both). `Err` when the browser refuses both.
pub async fn copy(html: String, text: String) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).map_err(|_| ())?;
    if clipboard.is_undefined() {
        return Err(());
    }
    let blob = |content: &str, kind: &str| {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&content.into()), &options)
    };
    let item_class = js_sys::Reflect::get(&window, &"ClipboardItem".into()).ok().and_then(|c| c.dyn_into::<js_sys::Function>().ok());
    if let (Some(item_class), Ok(html_blob), Ok(text_blob)) = (item_class, blob(&html, "text/html"), blob(&text, "text/plain")) {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"text/html".into(), &html_blob);
        let _ = js_sys::Reflect::set(&data, &"text/plain".into(), &text_blob);
        if let Ok(item) = js_sys::Reflect::construct(&item_class, &js_sys::Array::of1(&data)) {
            let write = js_sys::Reflect::get(&clipboard, &"write".into()).ok().and_then(|w| w.dyn_into::<js_sys::Function>().ok());
            if let Some(promise) = write.and_then(|w| w.call1(&clipboard, &js_sys::Array::of1(&item)).ok()) {
                if wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await.is_ok() {
                    return Ok(());
                }
            }
        }
    }
    let write_text = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok().and_then(|w| w.dyn_into::<js_sys::Function>().ok()).ok_or(())?;
    let promise = write_text.call1(&clipboard, &JsValue::from_str(&text)).map_err(|_| ())?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await.map(|_| ()).map_err(|_| ())
}
