//! One module per route.

mod accessibility;
mod home;
mod not_found;
mod pending;

pub use accessibility::Accessibility;
pub use home::Home;
pub use not_found::NotFound;
pub use pending::{Advisor, Plans};
