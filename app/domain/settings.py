"""All user settings in one typed place, with defaults. Stored in the DB as JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass
class Settings:
    language: str = "system"  # "system", "de" or "en"
    default_formality: str = "du"  # for new German contacts
    default_cadence_days: int = 90
    reminder_hour: int = 9  # morning digest, local time
    digest_enabled: bool = True
    notification_style: str = "auto"  # auto, desktop, tray, banner
    start_at_login: bool = False
    keep_in_tray: bool = False
    backups_to_keep: int = 7
    weekly_review_weekday: int = 4  # Monday is 0
    focus_size: int = 7  # items in Today's focus; the rest is listed below as "Later"
    reply_owed_days: int = 3  # they wrote this many days ago and I have not answered
    promise_default_days: int = 7  # a promise added without a date is due this much later
    theme: str = "system"  # "system", "light", "dark" or "high_contrast"
    sync_interval_minutes: int = 15  # automatic sync of the saved account; 0: only on start and when asked

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Settings":
        """Unknown keys are ignored, wrong types fall back to the default."""
        defaults = cls()
        values = {}
        for field in fields(cls):
            default = getattr(defaults, field.name)
            value = data.get(field.name, default)
            values[field.name] = value if isinstance(value, type(default)) else default
        return cls(**values)
