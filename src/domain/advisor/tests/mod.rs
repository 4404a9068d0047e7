//! Tests of the advisor.

mod answers;
