//! Talking to the host page when the app runs in another site's iframe:
//! the only code that uses `postMessage`. Messages go to the host's origin
//! only (never `*`), and only if that origin is allowed; messages are
//! accepted only from the parent window at an allowed origin.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::embed::{host_allowed, origin_of, HostMessage, DEFAULT_HOSTS};

/// The allowed host origins: `<meta name="wwd-embed-hosts">` in index.html
/// (a host can set it at deploy time), else the defaults.
pub fn allowed_hosts() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(r#"meta[name="wwd-embed-hosts"]"#).ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|content| !content.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_HOSTS.to_owned())
}

/// Whether this window is inside a frame.
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else { return false };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// The parent page's origin, if the browser tells it and it is allowed.
pub fn host_origin() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let ancestor = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
        .ok()
        .and_then(|list| js_sys::Reflect::get(&list, &JsValue::from_f64(0.0)).ok())
        .and_then(|o| o.as_string());
    let referrer = window.document().map(|d| d.referrer()).and_then(|r| origin_of(&r).map(str::to_owned));
    let origin = ancestor.or(referrer)?;
    host_allowed(&origin, &allowed_hosts()).then_some(origin)
}

/// Posts `{type, ...fields}` to the parent at `origin`.
fn post(origin: &str, message: &js_sys::Object) {
    if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
        let _ = parent.post_message(message, origin);
    }
}

fn object(kind: &str, key: &str, value: JsValue) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    message
}

/// Tells the host how tall the app's content is, in CSS pixels.
pub fn post_height(origin: &str, height: u32) {
    post(origin, &object("wwd:height", "height", JsValue::from_f64(f64::from(height))));
}

/// Tells the host the app navigated (so it can scroll the frame's top into view).
pub fn post_navigated(origin: &str, path: &str) {
    post(origin, &object("wwd:navigated", "path", path.into()));
}

/// Calls `on_message` for every valid message from the parent at an allowed
/// origin; everything else is ignored. Returns the listener to keep alive.
pub fn listen(on_message: impl Fn(HostMessage) + 'static) -> Option<Closure<dyn Fn(web_sys::MessageEvent)>> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten();
    let allowed = allowed_hosts();
    let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let from_parent = match (event.source(), &parent) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, parent),
            _ => false,
        };
        if !from_parent || !host_allowed(&event.origin(), &allowed) {
            return;
        }
        let data = event.data();
        let text = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok().and_then(|v| v.as_string());
        if let Some(message) = text("type").and_then(|kind| HostMessage::parse(&kind, text("path").as_deref())) {
            on_message(message);
        }
    });
    window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref()).ok()?;
    Some(listener)
}

/// Watches `element`'s size and calls `on_height` at most once per animation
/// frame when its height changes. Returns the observer to keep alive.
pub fn observe_height(element: &web_sys::Element, on_height: impl Fn(u32) + 'static) -> Option<(web_sys::ResizeObserver, Closure<dyn Fn()>)> {
    let element = element.clone();
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    let last = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let measure = {
        let (pending, last, element) = (pending.clone(), last.clone(), element.clone());
        Closure::<dyn Fn()>::new(move || {
            pending.set(false);
            let height = element.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            if height != last.get() {
                last.set(height);
                on_height(height);
            }
        })
    };
    let frame: js_sys::Function = measure.as_ref().unchecked_ref::<js_sys::Function>().clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        if !pending.replace(true) {
            if let Some(window) = web_sys::window() {
                let _ = window.request_animation_frame(&frame);
            }
        }
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    on_resize.forget();
    Some((observer, measure))
}
