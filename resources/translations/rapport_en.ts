<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>%1, %n year(s)</source>
        <translation>
            <numerusform>%1, %n year</numerusform>
            <numerusform>%1, %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered since %1: stop and change approach (pause, another channel, a kind check-in)</source>
        <translation>
            <numerusform>%n message unanswered since %1: stop and change approach (pause, another channel, a kind check-in)</numerusform>
            <numerusform>%n messages unanswered since %1: stop and change approach (pause, another channel, a kind check-in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation>
            <numerusform>, %n problem</numerusform>
            <numerusform>, %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n thing(s) to do first</source>
        <translation>
            <numerusform>Focus: %n thing to do first</numerusform>
            <numerusform>Focus: %n things to do first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later (%n)</source>
        <translation>
            <numerusform>Later (%n)</numerusform>
            <numerusform>Later (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1</source>
        <translation>
            <numerusform>Wrote %n contact to %1</numerusform>
            <numerusform>Wrote %n contacts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s), including %1 archived, to %2</source>
        <translation>
            <numerusform>Wrote %n contact, including %1 archived, to %2</numerusform>
            <numerusform>Wrote %n contacts, including %1 archived, to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a full backup: %n contact(s), including %1 archived, %2 rows in all, to %3</source>
        <translation>
            <numerusform>Wrote a full backup: %n contact, including %1 archived, %2 rows in all, to %3</numerusform>
            <numerusform>Wrote a full backup: %n contacts, including %1 archived, %2 rows in all, to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>keep in touch every %n day</numerusform>
            <numerusform>keep in touch every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they promised: %1 (%n day(s) late: time for a clear ask)</source>
        <translation>
            <numerusform>they promised: %1 (%n day late: time for a clear ask)</numerusform>
            <numerusform>they promised: %1 (%n days late: time for a clear ask)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for a reply: %n message(s) unanswered since %1</source>
        <translation>
            <numerusform>waiting for a reply: %n message unanswered since %1</numerusform>
            <numerusform>waiting for a reply: %n messages unanswered since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommonGroundPage</name>
    <message numerus="yes">
        <source>%n introduction(s) suggested</source>
        <translation>
            <numerusform>%n introduction suggested</numerusform>
            <numerusform>%n introductions suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Have it as a goal (%n)</source>
        <translation>
            <numerusform>Have it as a goal (%n)</numerusform>
            <numerusform>Have it as a goal (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interested in it (%n)</source>
        <translation>
            <numerusform>Interested in it (%n)</numerusform>
            <numerusform>Interested in it (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for it (%n)</source>
        <translation>
            <numerusform>Looking for it (%n)</numerusform>
            <numerusform>Looking for it (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offering it (%n)</source>
        <translation>
            <numerusform>Offering it (%n)</numerusform>
            <numerusform>Offering it (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n contact found</numerusform>
            <numerusform>%n contacts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match the filters</source>
        <translation>
            <numerusform>%n contact match the filters</numerusform>
            <numerusform>%n contacts match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s), %1 archived not shown</source>
        <translation>
            <numerusform>%n contact, %1 archived not shown</numerusform>
            <numerusform>%n contacts, %1 archived not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardList</name>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n day past</numerusform>
            <numerusform>%n days past</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered</source>
        <translation>
            <numerusform>%n message unanswered</numerusform>
            <numerusform>%n messages unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they wrote %n day(s) ago</source>
        <translation>
            <numerusform>they wrote %n day ago</numerusform>
            <numerusform>they wrote %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n item(s) at risk</source>
        <translation>
            <numerusform>%n item at risk</numerusform>
            <numerusform>%n items at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) at risk</source>
        <translation>
            <numerusform>At least %n item at risk</numerusform>
            <numerusform>At least %n items at risk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatelessStep</name>
    <message numerus="yes">
        <source>%n open promise(s) have no date, so nothing reminds you of them. Give each a date, or release it.</source>
        <translation>
            <numerusform>%n open promise have no date, so nothing reminds you of them. Give each a date, or release it.</numerusform>
            <numerusform>%n open promises have no date, so nothing reminds you of them. Give each a date, or release it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatesSection</name>
    <message numerus="yes">
        <source>Today shows it %n day(s) before</source>
        <translation>
            <numerusform>Today shows it %n day before</numerusform>
            <numerusform>Today shows it %n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>, including %n archived</source>
        <translation>
            <numerusform>, including %n archived</numerusform>
            <numerusform>, including %n archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n contact(s)</source>
        <translation>
            <numerusform>All %n contact</numerusform>
            <numerusform>All %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>The %n selected contact</numerusform>
            <numerusform>The %n selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n contact to %1.</numerusform>
            <numerusform>Wrote %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s), including %1 archived, to %2.</source>
        <translation>
            <numerusform>Wrote %n contact, including %1 archived, to %2.</numerusform>
            <numerusform>Wrote %n contacts, including %1 archived, to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitChart</name>
    <message numerus="yes">
        <source>%n meeting(s) in person</source>
        <translation>
            <numerusform>%n meeting in person</numerusform>
            <numerusform>%n meetings in person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message numerus="yes">
        <source>%n field(s) Rapport has no field for, kept as written and written back on vCard export (in %1 record(s)): %2</source>
        <translation>
            <numerusform>%n field Rapport has no field for, kept as written and written back on vCard export (in %1 record): %2</numerusform>
            <numerusform>%n fields Rapport has no field for, kept as written and written back on vCard export (in %1 records): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not imported (in %1 record(s)): %2</source>
        <translation>
            <numerusform>%n field not imported (in %1 record): %2</numerusform>
            <numerusform>%n fields not imported (in %1 records): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not imported: only embedded pictures up to 64 KB are kept.</source>
        <translation>
            <numerusform>%n photo not imported: only embedded pictures up to 64 KB are kept.</numerusform>
            <numerusform>%n photos not imported: only embedded pictures up to 64 KB are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%1 new, %2 merged, %3 skipped, %n interaction(s).</source>
        <translation>
            <numerusform>%1 new, %2 merged, %3 skipped, %n interaction.</numerusform>
            <numerusform>%1 new, %2 merged, %3 skipped, %n interactions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 new, %3 to merge, %4 to skip; %n possible duplicate(s) found.</source>
        <translation>
            <numerusform>%1: %2 new, %3 to merge, %4 to skip; %n possible duplicate found.</numerusform>
            <numerusform>%1: %2 new, %3 to merge, %4 to skip; %n possible duplicates found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected or shortened:</source>
        <translation>
            <numerusform>%n record rejected or shortened:</numerusform>
            <numerusform>%n records rejected or shortened:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected, listed below.</source>
        <translation>
            <numerusform>%n record rejected, listed below.</numerusform>
            <numerusform>%n records rejected, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contact(s)… Cancel stops it and writes nothing.</source>
        <translation>
            <numerusform>Writing %n contact… Cancel stops it and writes nothing.</numerusform>
            <numerusform>Writing %n contacts… Cancel stops it and writes nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportantDateDialog</name>
    <message numerus="yes">
        <source>day(s) before</source>
        <translation>
            <numerusform>day before</numerusform>
            <numerusform>days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromisesStep</name>
    <message numerus="yes">
        <source>%n open promise(s) due by the end of the week.</source>
        <translation>
            <numerusform>%n open promise due by the end of the week.</numerusform>
            <numerusform>%n open promises due by the end of the week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconnectStep</name>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n day past</numerusform>
            <numerusform>%n days past</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message numerus="yes">
        <source>%n birthday(s) tomorrow</source>
        <translation>
            <numerusform>%n birthday tomorrow</numerusform>
            <numerusform>%n birthdays tomorrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) coming up</source>
        <translation>
            <numerusform>%n date coming up</numerusform>
            <numerusform>%n dates coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Synced at %1, %n card(s) with problems</source>
        <translation>
            <numerusform>Synced at %1, %n card with problems</numerusform>
            <numerusform>Synced at %1, %n cards with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%1: %n year(s)</source>
        <translation>
            <numerusform>%1: %n year</numerusform>
            <numerusform>%1: %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keep-in-touch item(s) spread until %1</source>
        <translation>
            <numerusform>%n keep-in-touch item spread until %1</numerusform>
            <numerusform>%n keep-in-touch items spread until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered: stop and change approach (pause, another channel, a kind check-in)</source>
        <translation>
            <numerusform>%n message unanswered: stop and change approach (pause, another channel, a kind check-in)</numerusform>
            <numerusform>%n messages unanswered: stop and change approach (pause, another channel, a kind check-in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) due today or overdue</source>
        <translation>
            <numerusform>%n thing due today or overdue</numerusform>
            <numerusform>%n things due today or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n thing(s) to do first</source>
        <translation>
            <numerusform>Focus: %n thing to do first</numerusform>
            <numerusform>Focus: %n things to do first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch: every %n day(s)</source>
        <translation>
            <numerusform>Keep in touch: every %n day</numerusform>
            <numerusform>Keep in touch: every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch: every %n day(s), no two-way contact yet</source>
        <translation>
            <numerusform>Keep in touch: every %n day, no two-way contact yet</numerusform>
            <numerusform>Keep in touch: every %n days, no two-way contact yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later (%n)</source>
        <translation>
            <numerusform>Later (%n)</numerusform>
            <numerusform>Later (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They promised: %1 (%n day(s) late: time for a clear ask)</source>
        <translation>
            <numerusform>They promised: %1 (%n day late: time for a clear ask)</numerusform>
            <numerusform>They promised: %1 (%n days late: time for a clear ask)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They wrote %n day(s) ago and I have not answered</source>
        <translation>
            <numerusform>They wrote %n day ago and I have not answered</numerusform>
            <numerusform>They wrote %n days ago and I have not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a reply: %n message(s) unanswered</source>
        <translation>
            <numerusform>Waiting for a reply: %n message unanswered</numerusform>
            <numerusform>Waiting for a reply: %n messages unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicManagerDialog</name>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete %n contact(s) for good, with their notes, promises and reminders? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact for good, with their notes, promises and reminders? This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts for good, with their notes, promises and reminders? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n thing(s) due today</source>
        <translation>
            <numerusform>%n thing due today</numerusform>
            <numerusform>%n things due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustLedgerSection</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n released</source>
        <translation>
            <numerusform>%n released</numerusform>
            <numerusform>%n released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
</context>
</TS>
