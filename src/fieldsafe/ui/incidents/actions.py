"""What can be done with the incidents chosen in the Incidents section:
share them, see one's earlier versions, delete them.

* :func:`share_incidents`: one bundle of one or several incidents, for one or
  several verified colleagues (``ui.plans.sharing.share_records``, the one way
  to share from any section);
* :func:`delete_incidents`: after a calm question, through the vault, which
  removes each incident from every table (``vault.incidents.delete``);
* :class:`IncidentHistory`: an incident's versions for the earlier versions
  dialog (``ui.logs.history.HistoryDialog``), field by field, the links
  resolved to what they link to.

The questions are seams tests replace (``Confirm.ask``, ``ChooseFile`` …).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from fieldsafe.core.incidents import Incident
from fieldsafe.core.records import RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.dialogs import Alert, Confirm
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.record_text import list_text, setting_label
from fieldsafe.ui.incidents.incident_form_links import (
    link_for_assessment,
    link_for_log,
    link_for_plan,
)
from fieldsafe.ui.incidents.incident_form_parts import Link
from fieldsafe.ui.logs.history import History, HistoryDialog
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.incidents.actions")


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("incidents", text, None, n)


def share_incidents(parent: QWidget, vault: Vault, incident_ids: Sequence[str]) -> bool:
    """Share the incidents in one bundle (see ``share_records``): True once
    the file is written."""
    from fieldsafe.ui.plans.sharing import share_records

    ids = list(incident_ids)
    if not ids:
        return False
    name = "incident.age" if len(ids) == 1 else "incidents.age"
    return share_records(parent, vault, ids, file_name=name)


def delete_incidents(parent: QWidget, vault: Vault, incident_ids: Sequence[str]) -> int | None:
    """Delete the incidents with their earlier versions, after asking. The
    number deleted, or None when the person said no (or nothing was chosen).
    A failure is said in an alert; those deleted before it stay deleted."""
    ids = list(incident_ids)
    if not ids:
        return None
    if len(ids) == 1:
        question = _t("Delete this incident?")
        detail = _t(
            "It will be removed from the vault for good, with its earlier versions. "
            "A copy you already shared stays with your colleague. This cannot be undone."
        )
    else:
        question = _t("Delete these %n incidents?", len(ids))
        detail = _t(
            "They will be removed from the vault for good, with their earlier versions. "
            "Copies you already shared stay with your colleagues. This cannot be undone."
        )
    if not Confirm.ask(parent, question=question, detail=detail, confirm=_t("Delete")):
        return None
    _close_forms(parent, ids)
    deleted = 0
    for incident_id in ids:
        try:
            vault.incidents.delete(RecordId(incident_id))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("incident_delete_failed", exc_info=(type(exc), exc, None))
            Alert.show(parent, describe(exc))
            break
        deleted += 1
    return deleted


def _close_forms(parent: QWidget, ids: Sequence[str]) -> None:
    """Close the "Something happened" windows open on incidents about to be
    deleted, keeping nothing of them: a draft kept when one closed later
    would hold the deleted incident's words again."""
    from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog

    for dialog in parent.window().findChildren(IncidentDialog):
        if dialog.incident_id is not None and dialog.incident_id in ids:
            dialog.wipe()  # forgets the vault: closing keeps no draft
            dialog.close()


class IncidentHistory:
    """An incident's versions for :class:`~fieldsafe.ui.logs.history.HistoryDialog`."""

    can_delete = False  # the vault deletes an incident's versions only with it

    def __init__(self, incident_id: str) -> None:
        self.incident_id = RecordId(incident_id)
        self.intro = _t(
            "Each time this incident was saved, what it said before was kept. Choose an "
            "earlier version to see it beside the current one; fields that differ are "
            "marked “changed”."
        )
        self.none_yet = _t(
            "No earlier versions: this incident has not been changed since it was first saved."
        )

    def read(self, vault: Vault) -> History:
        current = vault.incidents.get(self.incident_id)
        links = _LinkWords(vault)
        return History(
            current.updated_at,
            version_rows(current, links),
            [
                (saved_at, version_rows(i, links))
                for saved_at, i in vault.incidents.versions(self.incident_id)
            ],
        )

    def delete_versions(self, vault: Vault) -> int:
        return 0


class _LinkWords:
    """What each linked record is, read once per dialog."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._known: dict[tuple[str, str], str] = {}
        self._read: dict[str, Callable[[Vault, str], Link]] = {
            "logs": link_for_log,
            "plans": link_for_plan,
            "assessments": link_for_assessment,
        }

    def text(self, field: str, record_id: str) -> str:
        key = (field, record_id)
        if key not in self._known:
            self._known[key] = self._read[field](self._vault, record_id).text
        return self._known[key]


def version_rows(incident: Incident, links: _LinkWords) -> list[tuple[str, str]]:
    """Every answer of one version as (question, answer), the same questions
    in the same order for every version ("" for one skipped)."""
    f = incident.fields
    noticed = incident.noticed_at
    linked = [
        links.text(field, str(i))
        for field in ("logs", "plans", "assessments")
        for i in f.get(field) or ()
    ]
    return [
        (_t("When it happened"), format_moment(incident.occurred_at)),
        (_t("When it was noticed"), format_moment(noticed) if noticed else ""),
        (_t("What kind"), safety_words.incident_type(incident.type)),
        (_t("In a few words"), incident.title),
        (_t("Setting"), setting_label(incident.setting)),
        (_t("Area"), incident.area),
        (_t("Who was involved"), list_text([safety_words.actor(a) for a in incident.actors])),
        (_t("Who was involved, in a few words"), str(f.get("actors_note") or "")),
        (_t("What happened"), str(f.get("what_happened") or "")),
        (_t("The impact on people"), str(f.get("impact_people") or "")),
        (_t("The impact on the work"), str(f.get("impact_work") or "")),
        (_t("Immediate measures taken"), str(f.get("measures") or "")),
        (_t("Reported to"), str(f.get("reported_to") or "")),
        (_t("Linked to"), "\n".join(linked)),
        (_t("Status"), safety_words.incident_status(incident.status)),
    ]


def show_history(parent: QWidget, vault: Vault, incident_id: str) -> HistoryDialog:
    """Open the earlier versions of an incident (not blocking)."""
    dialog = HistoryDialog(vault, IncidentHistory(incident_id), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
