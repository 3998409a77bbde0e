"""The one flow: read sources -> extract -> store or write (placeholder)."""
