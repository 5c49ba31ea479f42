"""Drafting messages: the draft dialog, the template editor, opening the mail program."""
