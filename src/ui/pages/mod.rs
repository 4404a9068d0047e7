//! One module per route.

mod accessibility;
mod home;
mod load_page_again;
mod not_found;

pub use accessibility::Accessibility;
pub use home::Home;
pub use load_page_again::LoadPageAgain;
pub use not_found::NotFound;
