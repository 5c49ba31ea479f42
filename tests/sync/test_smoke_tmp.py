from app.domain.enums import TopicKind
from app.sync.engine import sync_contacts


def run(device, account):
    s = device.services
    return sync_contacts(s.db, s.clock, s.events, account.url, account.user, account.password)


def test_smoke(devices, account):
    a, b = devices
    cid = a.services.contacts.create(given_name="Jürgen", family_name="Groß", company="Festo",
                                     emails=[{"value": "jg@example.org", "label": "work"}])
    a.services.topics.add(cid, "Industrie 4.0", TopicKind.LOOKING_FOR, "eine Weiterbildung")
    r = run(a, account)
    print(r.summary(), r.problems)
    r = run(b, account)
    print(r.summary(), r.problems)
    r = run(a, account)
    print(r.summary(), r.problems)
    rows = b.services.contacts.list_rows()
    print(rows)
    assert 0
