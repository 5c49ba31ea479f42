"""Shared widgets and helpers used by every room: dates, icons, undo, shortcuts, workers."""
