//! Offline use: the service worker (`/sw.js`, release builds only) keeps
//! every file of the app; a new version waits until the user chooses to
//! switch (after the open draft is saved).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Missing in some frames and private modes.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
}

/// Registers the service worker and calls `on_update` when a new version is
/// ready to take over. Does nothing in debug builds (live reload) or where
/// service workers are not available.
pub fn register(on_update: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    let on_update = std::rc::Rc::new(on_update);
    let registered = Closure::<dyn FnMut(JsValue)>::new(move |registration: JsValue| {
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return };
        let has_controller = || container_controller().is_some();
        if registration.waiting().is_some() && has_controller() {
            on_update();
        }
        let on_update = on_update.clone();
        let watched = registration.clone();
        let found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = watched.installing() else { return };
            let on_update = on_update.clone();
            let installing = worker.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if installing.state() == web_sys::ServiceWorkerState::Installed && container_controller().is_some() {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
    // Refused in some frames (blocked storage) and private modes: the app then simply runs online.
    let refused = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = container.register("/sw.js").then2(&registered, &refused);
    registered.forget();
    refused.forget();
}

fn container_controller() -> Option<web_sys::ServiceWorker> {
    container()?.controller()
}

/// Lets the waiting version take over and reloads the page when it has;
/// the reload's `pagehide` saves the open draft first.
pub fn activate_update() {
    let Some(container) = container() else { return };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let ready = Closure::<dyn FnMut(JsValue)>::new(|registration: JsValue| {
        if let Some(waiting) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>().ok().and_then(|r| r.waiting()) {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"wwd:activate".into());
            let _ = waiting.post_message(&message);
        }
    });
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    if let Ok(promise) = container.ready() {
        let _ = promise.then2(&ready, &ignore);
    }
    ready.forget();
    ignore.forget();
}
