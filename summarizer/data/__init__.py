"""Data files: the offline engine's gazetteer."""
