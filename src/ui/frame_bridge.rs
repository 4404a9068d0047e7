//! Embed mode's bridge to the host page: the frame's height follows the
//! content, navigation tells the host, and the host may send a deep link.

use std::cell::Cell;
use std::rc::Rc;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::domain::embed::HostMessage;
use crate::browser::frame;

/// Starts the bridge when the app is framed by an allowed host; does nothing otherwise.
pub fn install(app: NodeRef<Div>) {
    if !frame::is_framed() {
        return;
    }
    let Some(origin) = frame::host_origin() else { return };
    let navigate = use_navigate();
    // Plain shared state: the host may ask for the height at any time.
    let last_height = Rc::new(Cell::new(0u32));
    let height_origin = origin.clone();
    let measured = last_height.clone();
    Effect::new(move |_| {
        let Some(element) = app.get() else { return };
        let origin = height_origin.clone();
        let last_height = measured.clone();
        let observer = frame::observe_height(&element, move |height| {
            last_height.set(height);
            frame::post_height(&origin, height);
        });
        // Kept for the app's lifetime: the shell never unmounts.
        std::mem::forget(observer);
    });
    let location = use_location();
    let navigated_origin = origin.clone();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            frame::post_navigated(&navigated_origin, &path);
        }
        path
    });
    let listener = frame::listen(move |message| match message {
        HostMessage::RequestHeight => frame::post_height(&origin, last_height.get()),
        HostMessage::Navigate(path) => navigate(&path, NavigateOptions::default()),
    });
    std::mem::forget(listener);
}
