"""Use cases over the Database and a Clock. No Qt. Each mutation fires one change notice."""

from __future__ import annotations

from app.domain.clock import Clock
from app.services.contacts import ContactsService
from app.services.drafts import DraftsService
from app.services.dashboard import DashboardService
from app.services.journal import JournalService
from app.services.events import Events
from app.services.exporters import ExportService
from app.services.importers import ImportService
from app.services.groups import GroupsService
from app.services.interactions import InteractionsService
from app.services.promises import PromisesService
from app.services.reminders import RemindersService
from app.services.today import TodayService
from app.services.settings import SettingsService
from app.services.topics import TopicsService
from app.services.matching import MatchingService
from app.storage.database import Database


class Services:
    """Everything the UI and the CLI call, built around one Database and one Clock."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.events = Events()
        parts = (db, clock, self.events)
        self.contacts = ContactsService(*parts)
        self.topics = TopicsService(*parts)
        self.matching = MatchingService(*parts)
        self.groups = GroupsService(*parts)
        self.interactions = InteractionsService(*parts)
        self.promises = PromisesService(*parts)
        self.settings = SettingsService(*parts)
        self.imports = ImportService(*parts)
        self.exports = ExportService(*parts)
        self.drafts = DraftsService(*parts)
        self.dashboard = DashboardService(*parts)
        self.journal = JournalService(*parts)
        self.reminders = RemindersService(*parts)
        self.today = TodayService(*parts)
