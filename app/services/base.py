"""What every service holds: the Database, the Clock and the events hub."""

from __future__ import annotations

import functools
import inspect

from app.domain.clock import Clock
from app.services.events import Events
from app.storage.database import Database


class Service:
    """Every public method runs as one events.operation(): whatever it writes, and whichever
    other services it calls, it delivers at most ONE Changes value, after its commits."""

    def __init__(self, db: Database, clock: Clock, events: Events) -> None:
        self.db = db
        self.clock = clock
        self.events = events

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value) \
                    and not inspect.isgeneratorfunction(value):
                setattr(cls, name, _one_operation(value))


def _one_operation(method):
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        events = getattr(self, "events", None)
        if not isinstance(events, Events):  # e.g. a service built without its parts
            return method(self, *args, **kwargs)
        with events.operation():
            return method(self, *args, **kwargs)

    return run


class NotFoundError(LookupError):
    """A row asked for by id is not there (deleted meanwhile, or a wrong id)."""


class ValidationError(ValueError):
    """Bad input; `field` names which field, str(error) says what is wrong."""

    def __init__(self, field: str, message: str, value: str = "") -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.value = value  # the refused input, for a message in the user's language
