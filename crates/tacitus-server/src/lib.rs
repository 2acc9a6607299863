//! tacitus-server (see ARCHITECTURE.md)
