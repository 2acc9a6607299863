//! tacitus-format (see ARCHITECTURE.md)
