//! Small building blocks that several pages share.

mod breadcrumbs;
mod checkbox_group;
mod confirm;
mod error_summary;
mod links;
mod messages;

pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use checkbox_group::CheckboxGroup;
pub use confirm::ConfirmBox;
pub use error_summary::{ErrorSummary, ERROR_SUMMARY_ID};
pub use links::{ExternalLink, NewWindowLink, EXTERNAL_NOTE};
pub use messages::{Message, MessageArea};
