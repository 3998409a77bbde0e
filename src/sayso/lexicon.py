"""Word tables (placeholder)."""
