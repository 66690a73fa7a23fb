"""ui.pages layer."""
