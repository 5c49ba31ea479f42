"""The Today page and the weekly review."""
