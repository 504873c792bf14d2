"""Views of a comparison: JSON and the terminal (no analysis happens here)."""
