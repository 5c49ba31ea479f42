"""Rapport — a local-first desktop networking CRM."""

__version__ = "0.1.0"
APP_NAME = "Rapport"
