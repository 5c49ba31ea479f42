"""The contacts list, the contact page and its sections, and the dialogs opened from them."""
