//! The dossier and the records derived from it, compiled into the app.
