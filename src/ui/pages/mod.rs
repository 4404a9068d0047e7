//! One module per route.

mod accessibility;
mod home;
mod load_whole_app;
mod not_found;

pub use accessibility::Accessibility;
pub use home::Home;
pub use load_whole_app::LoadWholeApp;
pub use not_found::NotFound;
