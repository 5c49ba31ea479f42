"""Reading and saving the typed Settings in the DB's setting table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from app.domain.settings import Settings
from app.services.base import Service
from app.storage.tables import Setting

KEY = "settings"


class SettingsService(Service):
    def load(self) -> Settings:
        with self.db.read() as conn:
            value = conn.execute(select(Setting.value).where(Setting.key == KEY)).scalar()
        return Settings.from_json(value or {})

    def save(self, settings: Settings) -> None:
        data = settings.to_json()
        with self.db.write() as conn:
            conn.execute(
                insert(Setting)
                .values(key=KEY, value=data)
                .on_conflict_do_update(index_elements=["key"], set_={"value": data})
            )
        self.db.backups_to_keep = settings.backups_to_keep
        self.events.emit("settings")

    def get_value(self, key: str, default=None):
        """Small bits of app state that are not user settings (e.g. 'first run done')."""
        with self.db.read() as conn:
            value = conn.execute(select(Setting.value).where(Setting.key == key)).scalar()
        return default if value is None else value

    def set_value(self, key: str, value) -> None:
        with self.db.write() as conn:
            conn.execute(
                insert(Setting)
                .values(key=key, value=value)
                .on_conflict_do_update(index_elements=["key"], set_={"value": value})
            )
