"""SQL read models: one home for the hot-path queries."""
