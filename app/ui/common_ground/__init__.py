"""Common ground: introductions, shared topics, groups that fit."""
