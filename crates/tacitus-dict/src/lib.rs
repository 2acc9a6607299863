//! tacitus-dict (see ARCHITECTURE.md)
