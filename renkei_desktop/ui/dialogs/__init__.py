"""ui.dialogs layer."""
