"""The contact page's trust ledger: promises kept both ways, who reaches out, when we last met."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.domain.clock import local_today
from app.domain.habits import PromiseTally
from app.services import Services
from app.ui.widgets import dates
from app.ui.shell.navigation import Navigator


class TrustLedgerSection(QWidget):
    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.mine = QLabel()
        self.theirs = QLabel()
        self.reaching_out = QLabel()
        self.last_met = QLabel()
        for label in (self.mine, self.theirs, self.reaching_out, self.last_met):
            label.setWordWrap(True)  # a large font wraps a value rather than widen the page
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Promises I made:"), self.mine)
        form.addRow(self.tr("Promises made to me:"), self.theirs)
        form.addRow(self.tr("Who reaches out:"), self.reaching_out)
        form.addRow(self.tr("Last met in person:"), self.last_met)
        self.reaching_out.setToolTip(self.tr("Messages I sent, messages they sent or answered, "
                                             "and meetings or calls together"))

    def title(self) -> str:
        return self.tr("Trust ledger")

    def set_contact(self, contact_id: int) -> None:
        ledger = self.services.dashboard.trust_ledger(contact_id)
        self.mine.setText(self._promises(ledger.mine))
        self.theirs.setText(self._promises(ledger.theirs))
        self.reaching_out.setText(self._reciprocity(ledger.outbound, ledger.inbound, ledger.mutual))
        if ledger.last_in_person is None:
            self.last_met.setText(self.tr("Not yet"))
        else:
            today = local_today(self.services.clock)
            weeks = (today - ledger.last_in_person).days // 7
            when = dates.weekday(ledger.last_in_person, today)
            ago = self.tr("%n week(s) ago", "", weeks) if weeks else self.tr("this week")
            self.last_met.setText(self.tr("%1 (%2)").replace("%1", when).replace("%2", ago))

    def _promises(self, tally: PromiseTally) -> str:
        if not (tally.decided or tally.open or tally.released):
            return self.tr("None yet")
        kept = self.tr("%1 of %2 kept").replace("%1", str(tally.kept))
        parts = [kept.replace("%2", str(tally.decided))]
        if tally.kept_late:
            parts.append(self.tr("%n late", "", tally.kept_late))
        if tally.open:
            parts.append(self.tr("%n open", "", tally.open))
        if tally.released:
            parts.append(self.tr("%n released", "", tally.released))
        return " · ".join(parts)

    def _reciprocity(self, outbound: int, inbound: int, mutual: int) -> str:
        if not (outbound or inbound or mutual):
            return self.tr("No contact logged yet")
        if outbound > 2 * max(inbound, 1) + mutual:
            text = self.tr("Me: %1 · Them: %2 · Together: %3 — mostly me")
        elif inbound > 2 * max(outbound, 1):
            text = self.tr("Me: %1 · Them: %2 · Together: %3 — mostly them")
        else:
            text = self.tr("Me: %1 · Them: %2 · Together: %3")
        text = text.replace("%1", str(outbound)).replace("%2", str(inbound))
        return text.replace("%3", str(mutual))
