//! tacitus-store (see ARCHITECTURE.md)
