"""Use cases over the Database and a Clock. No Qt. Each mutation fires one change notice."""

from __future__ import annotations

from functools import cached_property

from app.domain.clock import Clock
from app.services.contacts import ContactsService
from app.services.events import Events
from app.services.interactions import InteractionsService
from app.services.promises import PromisesService
from app.services.settings import SettingsService
from app.services.topics import TopicsService
from app.storage.database import Database


class Services:
    """Everything the UI and the CLI call, built around one Database and one Clock.

    The services every start needs are built at once; the others (and the libraries they
    pull in: Jinja2, vobject, rapidfuzz, phonenumbers…) on first use, which keeps about
    0.2 s out of the cold start (bench/RESULTS.md)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.events = Events()
        self._parts = (db, clock, self.events)
        self.contacts = ContactsService(*self._parts)
        self.topics = TopicsService(*self._parts)
        # Once per open: bring stored topic keys up to the current folding (cheap when
        # nothing changed: one setting is read). Not in TopicsService itself, which other
        # services also build for their own use.
        self.topics.rekey()
        self.interactions = InteractionsService(*self._parts)
        self.promises = PromisesService(*self._parts)
        self.settings = SettingsService(*self._parts)
        # Backups made from now on (daily, before an import or restore) keep the user's count.
        db.backups_to_keep = self.settings.load().backups_to_keep

    @cached_property
    def groups(self):
        from app.services.groups import GroupsService

        return GroupsService(*self._parts)

    @cached_property
    def relationships(self):
        from app.services.relationships import RelationshipsService

        return RelationshipsService(*self._parts)

    @cached_property
    def photos(self):
        from app.services.photos import PhotosService

        return PhotosService(*self._parts)

    @cached_property
    def dates(self):
        from app.services.important_dates import ImportantDatesService

        return ImportantDatesService(*self._parts)

    @cached_property
    def today(self):
        from app.services.today import TodayService

        return TodayService(*self._parts)

    @cached_property
    def decisions(self):
        from app.services.decisions import DecisionsService

        return DecisionsService(*self._parts)

    @cached_property
    def reminders(self):
        from app.services.reminders import RemindersService

        return RemindersService(*self._parts)

    @cached_property
    def matching(self):
        from app.services.matching import MatchingService

        return MatchingService(*self._parts)

    @cached_property
    def imports(self):
        from app.services.importers import ImportService

        return ImportService(*self._parts)

    @cached_property
    def exports(self):
        from app.services.exporters import ExportService

        return ExportService(*self._parts)

    @cached_property
    def drafts(self):
        from app.services.drafts import DraftsService

        return DraftsService(*self._parts)

    @cached_property
    def dashboard(self):
        from app.services.dashboard import DashboardService

        return DashboardService(*self._parts)

    @cached_property
    def journal(self):
        from app.services.journal import JournalService

        return JournalService(*self._parts)
