"""Qt only: windows, views, item models, dialogs. Calls services; never runs SQL itself."""
