"""Import wizard and export dialog."""
