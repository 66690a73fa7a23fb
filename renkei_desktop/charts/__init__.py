"""Chart figures: plain functions from chart data to a matplotlib Figure (no Qt, no pyplot)."""
