"""After an incident is saved: a calm offer to review a risk assessment.

The assessments the incident links to come first, then those for the same
setting or area, then the rest. "Not now" (and Escape) is always there: a
review can wait, and the assessments section shows when one is due. Choosing
one opens the review with the incident beside it
(:class:`~fieldsafe.ui.risk.review_dialog.RiskReviewDialog`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock
from fieldsafe.core.records import RecordId
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.incidents.review_offer")
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

#: (assessment id, how it reads in the list)
Choice = tuple[RecordId, str]


def _t(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def review_choices(vault: Vault, incident_id: RecordId) -> list[Choice]:
    """The assessments to offer, the most relevant first."""
    incident = vault.incidents.get(incident_id)
    everything = vault.risks.all()
    by_id = {a.id: a for a in everything}
    linked = [by_id[i] for i in incident.fields.get("assessments") or () if i in by_id]
    place = vault.risks.for_place(setting=incident.setting, area=incident.area)
    out: list[Choice] = []
    seen: set[str] = set()
    for group, note in (
        (linked, _t("{title} (linked to this incident)")),
        (place, _t("{title} (the same place)")),
        (everything, "{title}"),
    ):
        for assessment in group:
            if assessment.id in seen:
                continue
            seen.add(assessment.id)
            title = assessment.title or _t("Untitled assessment")
            out.append((assessment.id, isolated(note, title=title)))
    return out


class ReviewOfferDialog(QDialog):
    """The offer itself; :meth:`chosen` is the assessment picked."""

    def __init__(self, choices: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Review a risk assessment?"))
        text = QLabel(
            _t(
                "The incident is saved. After an incident it helps to look again at the "
                "risk assessment it concerns: what changed, and what to do differently. "
                "You can do it now, or later from Risk assessments."
            ),
            self,
        )
        text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_t("Risk assessments to review"))
        self.list.setWordWrap(True)
        for record_id, label in choices:
            item = QListWidgetItem(label, self.list)
            item.setData(_ID_ROLE, record_id)
        self.buttons = QDialogButtonBox(self)
        self.review_button = self.buttons.addButton(
            _t("Review this one"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.review_button.setAccessibleName(_t("Review this one"))
        self.review_button.setDefault(True)
        later = self.buttons.addButton(_t("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAccessibleName(_t("Not now"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 36, em * 20)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def chosen(self) -> RecordId | None:
        item = self.list.currentItem()
        return RecordId(item.data(_ID_ROLE)) if item is not None else None

    def wipe(self) -> None:
        self.list.clear()


class OfferReview:
    """Which assessment to review now; None for "not now". (A seam: tests
    replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None, choices: list[Choice]) -> RecordId | None:
        dialog = ReviewOfferDialog(choices, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.wipe()
            dialog.deleteLater()


def offer_review(
    parent: QWidget | None, vault: Vault, incident_id: str, *, clock: Clock | None = None
) -> QDialog | None:
    """Offer a review after incident ``incident_id`` was saved; open it if
    the person chooses one. The review window (shown, not blocking) or None.
    Nothing is offered when there is no assessment yet or the vault is gone."""
    if vault.is_locked:
        return None
    try:
        choices = review_choices(vault, RecordId(incident_id))
    except Exception as exc:  # noqa: BLE001 - an offer that cannot be made is skipped
        log.info("review_offer_failed", exc_info=(type(exc), exc, None))
        return None
    if not choices:
        return None
    chosen = OfferReview.ask(parent, choices)
    if chosen is None or vault.is_locked:
        return None
    from fieldsafe.ui.risk.review_dialog import open_review

    return open_review(parent, vault, chosen, incident_id=RecordId(incident_id), clock=clock)
