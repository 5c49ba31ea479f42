"""Groups from the screens (issue 18): Ctrl+G opens Groups…, where a group is made, given
a link, topics and members, and deleted (Ctrl+Z brings it back); a contact who looks for its
topic is then suggested the group, with its link. Keys and clicks on the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import TopicKind
from app.ui.contacts.groups_dialog import GroupsDialog
from tests.ui.modal import check, when_modal
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier
XING = "https://www.xing.com/communities/groups/industrie-4-0"


def replace_text(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def test_a_group_typed_in_is_suggested_with_its_link_and_deleting_it_is_undone(
        qtbot, services, person):
    services.topics.add(person, "industry 4.0", TopicKind.LOOKING_FOR)
    eva = services.contacts.create(given_name="Eva", family_name="Adler")
    window, page = contacts_window(qtbot, services)
    seen = {}

    def make_group(dialog):
        assert isinstance(dialog, GroupsDialog) and dialog.empty.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        assert dialog.focusWidget() is dialog.name and dialog.name.selectedText() == "New group"
        qtbot.keyClicks(dialog.name, "Industrie 4.0 BW")
        qtbot.keyClick(dialog.member, Qt.Key.Key_Space)
        replace_text(qtbot, dialog.url, "not a link")
        replace_text(qtbot, dialog.topics, "Industrie 4.0, Robotik")
        qtbot.keyClick(dialog.topics, Qt.Key.Key_Return)  # Save: refused, the link is named
        seen["error"] = dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""
        seen["focus"] = dialog.focusWidget() is dialog.url
        replace_text(qtbot, dialog.url, XING.removeprefix("https://"))
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.add_member, "Eva")
        popup = dialog.add_member.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                         pos=popup.visualRect(popup.model().index(0, 0)).center())
        seen["members"] = [dialog.members.item(i).text() for i in range(dialog.members.count())]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, make_group)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_G, CTRL)
    check(done)
    assert "not a link" in seen["error"] and seen["focus"]
    assert seen["members"] == ["Eva Adler"]
    (group,) = services.groups.all()
    assert (group.name, group.url, group.i_am_member) == ("Industrie 4.0 BW", XING, True)
    # "Industrie 4.0" is the topic Maxi looks for, in her spelling: one topic, not two
    assert group.topics == ("industry 4.0", "Robotik")
    assert [m.contact_id for m in services.groups.members(group.id)] == [eva]

    # Maxi looks for Industry 4.0: the contact page suggests the group, with its link.
    window.activateWindow()
    window.open_contact(person)
    share = next(s for s in page.contact_page.sections if s.title() == "What we share")
    assert share.groups.isVisibleTo(share)
    assert "Industrie 4.0 BW" in share.groups.text() and f'href="{XING}"' in share.groups.text()

    # From the contact page, Maxi joins the group (the combo, by keys): no longer suggested.
    adder = page.contact_page.groups.adder
    adder.setFocus()
    qtbot.keyClick(adder, Qt.Key.Key_Down)  # "Industrie 4.0 BW"
    assert services.groups.of_contact(person) == [group.id]
    qtbot.waitUntil(lambda: not share.groups.isVisibleTo(share))

    # Delete it in the dialog; Ctrl+Z brings it back with topics and both members.
    def delete(dialog):
        assert dialog.name.text() == "Industrie 4.0 BW"
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.list.count()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, delete)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_G, CTRL)
    check(done)
    assert seen["after"] == 0 and services.groups.all() == []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert services.groups.all() == [group]
    assert [m.contact_id for m in services.groups.members(group.id)] == [eva, person]  # by name


def test_rename_saves_when_switching_and_a_taken_name_keeps_the_group_shown(qtbot, services):
    services.groups.create("Alumni")
    makers = services.groups.create("Makers")
    dialog = GroupsDialog(services, group_id=makers)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Makers"
    replace_text(qtbot, dialog.name, "Alumni")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)  # to Alumni: refused, Makers stays
    assert dialog.group_id == makers and dialog.error.isVisibleTo(dialog)
    replace_text(qtbot, dialog.name, "Makers Stuttgart")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)
    assert dialog.name.text() == "Alumni"
    assert sorted(g.name for g in services.groups.all()) == ["Alumni", "Makers Stuttgart"]


def test_a_member_is_removed_in_the_dialog(qtbot, services, person):
    group = services.groups.create("Makers")
    services.groups.add_contact(group, person)
    dialog = GroupsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.members.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_member, Qt.MouseButton.LeftButton)
    assert dialog.members.count() == 0 and services.groups.members(group) == []
