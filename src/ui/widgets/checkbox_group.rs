//! A fieldset of checkboxes: pick any number of options.

use leptos::prelude::*;

/// Checkboxes under one legend; checking or unchecking one calls `on_toggle`
/// with its value.
#[component]
pub fn CheckboxGroup(
    /// The group's legend.
    legend: &'static str,
    /// Prefix of the checkboxes' ids (`<prefix>-<value>`).
    id_prefix: &'static str,
    /// (value, label) per checkbox.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The values currently checked.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// Called with a value when its checkbox changes.
    on_toggle: Callback<String>,
    /// Classes besides `checkboxes`.
    #[prop(optional)]
    class: &'static str,
    /// A hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// More fields after the checkboxes.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let class = if class.is_empty() { "checkboxes".to_owned() } else { format!("checkboxes {class}") };
    let boxes = move || {
        options
            .get()
            .into_iter()
            .map(|(value, label)| {
                let id = format!("{id_prefix}-{value}");
                let checked_value = value.clone();
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=id.clone()
                            prop:checked=move || selected.read().contains(&checked_value)
                            on:change=move |_| on_toggle.run(value.clone())
                        />
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class=class>
            <legend>{legend}</legend>
            {hint.map(|text| view! { <p class="hint">{text}</p> })}
            {boxes}
            {children.map(|children| children())}
        </fieldset>
    }
}
