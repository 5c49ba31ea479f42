"""`rapport add`: a new contact from the shell, checked by the contacts service like one
typed into the window (e-mail, phone and web address; a bad one is named and refused).

    rapport add "Maxi Müller" --email maxi@example.org --phone "0711 1234567" --company Trumpf
    rapport add Maxi --link linkedin.com/in/maxi

What it adds is printed in English and stable, for scripts (like `rapport remind`); a
refused field is named in the user's language (app/cli_text.py). Exit 0 with the new
contact's id; exit 2 and nothing written when a field is refused.
"""

from __future__ import annotations

import argparse
import sys

FIELD_NAMES = {"emails": "--email", "phones": "--phone", "links": "--link", "name": "NAME"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help='"Given Family" (the last word is the family name)')
    parser.add_argument("--email", action="append", default=[], help="an e-mail address (repeatable)")
    parser.add_argument("--phone", action="append", default=[], help="a phone number (repeatable)")
    parser.add_argument("--link", action="append", default=[], help="a web address (repeatable)")
    parser.add_argument("--company", default="", help="where they work")


def run(args, open_services) -> int:
    from app.services.base import ValidationError

    given, _, family = args.name.strip().rpartition(" ")
    if not given:  # one word: a given name
        given, family = family, ""
    services = open_services(args.data_dir)
    try:
        contact_id = services.contacts.create(
            given_name=given, family_name=family, company=args.company,
            emails=[{"value": v, "label": ""} for v in args.email],
            phones=[{"value": v, "label": ""} for v in args.phone],
            links=[{"value": v, "label": ""} for v in args.link])
    except ValidationError as error:  # in the user's language, like the window says it
        from app.cli_text import CliText, language_for

        say = CliText(language_for(services.settings.load().language))
        print(say.refused(FIELD_NAMES.get(error.field, error.field), error.field,
                          error.value or error.message), file=sys.stderr)
        return 2
    contact = services.contacts.get(contact_id)
    print(f"Contact {contact_id}: {' '.join(p for p in (given, family) if p)}")
    for label, items in (("e-mail", contact.emails), ("phone", contact.phones),
                         ("link", contact.links)):
        for item in items:
            print(f"  {label}: {item['value']}")
    return 0
