//! One module per route.

mod accessibility;
mod home;
mod not_here;
mod not_found;

pub use accessibility::Accessibility;
pub use home::Home;
pub use not_here::NotHere;
pub use not_found::NotFound;
