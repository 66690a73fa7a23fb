"""ui.models layer."""
