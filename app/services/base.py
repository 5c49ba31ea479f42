"""What every service holds: the Database, the Clock and the events hub."""

from __future__ import annotations

from app.domain.clock import Clock
from app.services.events import Events
from app.storage.database import Database


class Service:
    def __init__(self, db: Database, clock: Clock, events: Events) -> None:
        self.db = db
        self.clock = clock
        self.events = events


class NotFoundError(LookupError):
    """A row asked for by id is not there (deleted meanwhile, or a wrong id)."""


class ValidationError(ValueError):
    """Bad input; `field` names which field, str(error) says what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
