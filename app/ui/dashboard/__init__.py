"""The dashboard: habits, charts and the lists at risk."""
