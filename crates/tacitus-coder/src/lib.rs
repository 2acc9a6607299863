//! tacitus-coder (see ARCHITECTURE.md)
