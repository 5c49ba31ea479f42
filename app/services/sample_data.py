"""Word lists for the sample network: believable names, companies and topics."""

GIVEN_DE = (
    "Anna Lena Jürgen Björn Jörg Sören Maximilian Maxi Sophie Lukas Jonas Katharina Günther "
    "Hannah Lea Felix Leonie Moritz Jan Julia Sabine Stefan Ute Uwe Dörte Käthe Till Nele "
    "Matthias Tobias Franziska Johanna Karl Heike Ralf Michael Martina Frauke Özlem Zoë"
).split()
FAMILY_DE = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
    "Lange Schmitt Werner Krause Meier Lehmann Köhler Jäger Groß Weiß Böhm Kühn Günther Voß"
).split()
GIVEN_EN = (
    "Oliver Amelia Harry Isla Jack Emily George Olivia Noah Ava Charlie Sophia Jacob Grace "
    "Thomas Chloe Oscar Ella James Lily William Mia Daniel Ruth Priya Arjun Chen Aoife Siobhán"
).split()
FAMILY_EN = (
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
    "Walker White Roberts Green Hall Wood Jackson Clarke Patel Murphy O'Brien Nguyen Kelly"
).split()
COMPANIES = (
    "Siemens,Bosch,SAP,Zeiss,Trumpf,Festo,Infineon,Volkswagen,BASF,Allianz,Deutsche Bahn,"
    "Otto Group,Zalando,N26,Celonis,DeepL,Personio,Helsing,Freelancer,Stadtwerke München,"
    "Fraunhofer IPA,TU München,Universität Stuttgart,IHK Region Stuttgart,Sparkasse Ulm,"
    "ThoughtWorks,Accenture,McKinsey,Red Hat,Canonical,Spotify,Shopify,Atlassian"
).split(",")
POSITIONS = (
    "CTO,Head of Engineering,Software Engineer,Data Scientist,Product Manager,UX Designer,"
    "Geschäftsführerin,Geschäftsführer,Vertriebsleiter,Teamleiterin,Werkstudent,Berater,"
    "Projektleiterin,HR Business Partner,Marketing Manager,Gründerin,Professor,Doktorandin"
).split(",")
# Given names that are women's, for the German titles (Geschäftsführerin / Geschäftsführer).
FEMALE = frozenset((
    "Anna Lena Sophie Katharina Hannah Lea Leonie Julia Sabine Ute Dörte Käthe Nele Franziska "
    "Johanna Heike Martina Frauke Özlem Zoë Maxi Amelia Isla Emily Olivia Ava Sophia Grace Chloe "
    "Ella Lily Mia Ruth Priya Aoife Siobhán"
).split())
# A German title drawn from POSITIONS: (women's form, men's form, the English title).
GERMAN_TITLES = {
    title: forms for forms in (
        ("Geschäftsführerin", "Geschäftsführer", "Managing Director"),
        ("Vertriebsleiterin", "Vertriebsleiter", "Head of Sales"),
        ("Teamleiterin", "Teamleiter", "Team Lead"),
        ("Werkstudentin", "Werkstudent", "Working Student"),
        ("Beraterin", "Berater", "Consultant"),
        ("Projektleiterin", "Projektleiter", "Project Manager"),
        ("Gründerin", "Gründer", "Founder"),
        ("Professorin", "Professor", "Professor"),
        ("Doktorandin", "Doktorand", "PhD Student"),
    ) for title in forms[:2]
}


def title_for(drawn: str, given: str, german: bool) -> str:
    """The drawn position in the contact's language, and in German in the person's form:
    "Lea Braun, Vertriebsleiterin", "Isla Wood, Head of Sales"."""
    forms = GERMAN_TITLES.get(drawn)
    if forms is None:
        return drawn
    if not german:
        return forms[2]
    return forms[0] if given in FEMALE else forms[1]


# Ordered from most to least common: the generator draws them Zipf-skewed.
TOPICS = (
    "Künstliche Intelligenz,Python,Industrie 4.0,Nachhaltigkeit,Machine Learning,Fußball,"
    "Laufen,Startups,Produktmanagement,Führung,Remote Work,Cloud,Kochen,Fotografie,"
    "Italienische Malerei,Weiterbildung,Mentoring,Wandern,Datenschutz,Klettern,Jazz,Open Source,"
    "Robotik,Elektromobilität,Design Thinking,Agile,Rust,Kubernetes,Segeln,Yoga,Podcasts,"
    "Finanzierung,Venture Capital,Public Speaking,Barrierefreiheit,E-Commerce,Logistik,"
    "Energiewende,Wasserstoff,Quantencomputing,Cybersecurity,Blockchain,UX Research,Scrum,"
    "Kaffee,Radfahren,Schach,Gartenarbeit,Theater,Ehrenamt,Sprachenlernen,Japanisch,"
    "Produktion,Lean Management,Vertrieb,Marketing,Recruiting,Employer Branding,Coaching,"
    "Gesundheit,MedTech,FinTech,GovTech,Smart City,Digitalisierung,Mittelstand,Export,"
    "Java,JavaScript,TypeScript,Go,Data Engineering,Statistik,Visualisierung,Bildung"
).split(",")
GROUPS = (
    ("Python Usergroup Stuttgart", ("Python", "Open Source", "Data Engineering")),
    ("Industrie 4.0 Netzwerk BW", ("Industrie 4.0", "Produktion", "Digitalisierung")),
    ("Women in Tech München", ("Mentoring", "Führung", "Recruiting")),
    ("Startup Grind Berlin", ("Startups", "Venture Capital", "Finanzierung")),
    ("Lauftreff am Neckar", ("Laufen", "Gesundheit")),
    ("KI-Stammtisch", ("Künstliche Intelligenz", "Machine Learning")),
    ("Nachhaltigkeit & Energie e.V.", ("Nachhaltigkeit", "Energiewende", "Wasserstoff")),
    ("Product Circle", ("Produktmanagement", "UX Research", "Design Thinking")),
    ("Kunstverein Esslingen", ("Italienische Malerei", "Theater", "Fotografie")),
    ("Toastmasters Stuttgart", ("Public Speaking", "Coaching")),
)
MET_WHERE = (
    "PyCon DE,Hannover Messe,Meetup KI-Stammtisch,Xing Event,LinkedIn,über Anna,Konferenz "
    "re:publica,Barcamp Stuttgart,Lauftreff,Kundentermin,Hackathon,Alumni-Treffen"
).split(",")
# The same places for an English contact, in the same order (one draw picks either).
MET_WHERE_EN = (
    "PyCon DE,Hannover Messe,KI-Stammtisch meetup,Xing event,LinkedIn,through Anna,re:publica "
    "conference,Barcamp Stuttgart,running club,client meeting,hackathon,alumni meetup"
).split(",")
# What an interaction was about, by channel: (German, English, when in the day it happens).
# "morning" is coffee before work, "lunch" lunch, "work" office hours, "evening" a meetup
# after work, "day" a message sent any time from breakfast to late evening.
SUMMARIES = {
    "email": (
        ("E-Mail zu {t} geschrieben", "E-mail about {t}", "work"),
        ("Artikel über {t} geschickt", "Sent an article on {t}", "work"),
        ("Rückfrage zu {t} per Mail", "Follow-up question on {t} by e-mail", "work"),
        ("Einladung zum Vortrag über {t}", "Invitation to a talk on {t}", "work"),
    ),
    "message": (
        ("Kurze Nachricht wegen {t}", "Quick message about {t}", "day"),
        ("Glückwünsche zum neuen Job, dabei über {t} geschrieben",
         "Congratulations on the new job, and a word on {t}", "day"),
        ("Link zu {t} geteilt", "Shared a link on {t}", "day"),
    ),
    "meeting": (
        ("Kaffee am Morgen: über {t} gesprochen", "Morning coffee, talked about {t}", "morning"),
        ("Mittagessen, Austausch zu {t} und Weiterbildung", "Lunch: swapped notes on {t}", "lunch"),
        ("Video-Call: Ideen zu {t}", "Video call, ideas on {t}", "work"),
        ("Treffen im Büro wegen {t}", "Met at the office about {t}", "work"),
    ),
    "phone": (
        ("Telefonat zu {t}", "Call about {t}", "work"),
        ("Kurzer Anruf wegen {t}", "Short call about {t}", "work"),
    ),
    "event": (
        ("Beim Meetup zu {t} getroffen", "Met at the {t} meetup", "evening"),
        ("Nach dem Vortrag über {t} ins Gespräch gekommen", "Got talking after the talk on {t}",
         "evening"),
    ),
    "social": (
        ("Beitrag über {t} kommentiert", "Commented on a post about {t}", "day"),
        ("Auf LinkedIn wegen {t} geschrieben", "LinkedIn message about {t}", "day"),
    ),
}
# One language per contact: a German contact's notes and promises are German, an English
# contact's English (the user writes them in the language they speak with the person).
# The tuples of a pair have the same length, so the draws stay the same for either.
NOTES_DE = (
    "Sucht jemanden mit Erfahrung in {t}. Grüße an das Team ausrichten.",
    "Hat zwei Kinder, spielt gern Fußball am Wochenende.",
    "Mag keinen frühen Termin; lieber nachmittags schreiben.",
    "Interessiert an {t}; möchte von guten Kursen hören.",
    "Erwähnte ein Buch über {t} — Titel nachfragen.",
    "",
    "",
)
NOTES_EN = (
    "Looking for someone with experience in {t}. Say hello to the team.",
    "Two kids, plays football at the weekend.",
    "No early meetings; better write in the afternoon.",
    "Interested in {t}; wants to hear about good courses.",
    "Mentioned a book on {t} — ask for the title.",
    "",
    "",
)
PROMISES_ME_DE = (
    "Link zum Vortrag über {t} schicken",
    "Kontakt zu jemandem aus {t} herstellen",
    "Folien zu {t} schicken",
    "Buchtipp zu {t} raussuchen",
)
PROMISES_ME_EN = (
    "Send the link to the talk on {t}",
    "Intro to someone in {t}",
    "Send the slides on {t}",
    "Find a book tip on {t}",
)
PROMISES_THEM_DE = (
    "Stellt mich dem CTO vor",
    "Schickt die Einladung zum nächsten Treffen",
    "Schickt die Stellenanzeige",
    "Meldet sich nach dem Urlaub wegen {t}",
)
PROMISES_THEM_EN = (
    "Intro to their CTO",
    "Sends the invite to the next meetup",
    "Will send the job posting",
    "Gets back after the holidays about {t}",
)

# A topic as an English contact's texts name it: the topics are stored once, mostly under
# their German label, and "Send the slides on Künstliche Intelligenz" is no English.
TOPICS_EN = {
    "Künstliche Intelligenz": "AI", "Industrie 4.0": "Industry 4.0",
    "Nachhaltigkeit": "sustainability", "Fußball": "football", "Laufen": "running",
    "Produktmanagement": "product management", "Führung": "leadership", "Kochen": "cooking",
    "Fotografie": "photography", "Italienische Malerei": "Italian painting",
    "Weiterbildung": "further training", "Wandern": "hiking", "Datenschutz": "data protection",
    "Klettern": "climbing", "Robotik": "robotics", "Elektromobilität": "e-mobility",
    "Segeln": "sailing", "Finanzierung": "funding", "Barrierefreiheit": "accessibility",
    "Logistik": "logistics", "Energiewende": "the energy transition", "Wasserstoff": "hydrogen",
    "Kaffee": "coffee", "Radfahren": "cycling", "Schach": "chess", "Gartenarbeit": "gardening",
    "Theater": "theatre", "Ehrenamt": "volunteering", "Sprachenlernen": "language learning",
    "Japanisch": "Japanese", "Produktion": "manufacturing", "Vertrieb": "sales",
    "Gesundheit": "health", "Digitalisierung": "digitalisation", "Mittelstand": "small businesses",
    "Export": "exports", "Statistik": "statistics", "Visualisierung": "visualisation",
    "Bildung": "education", "Agile": "agile", "Podcasts": "podcasts",
}


def topic_in(label: str, german: bool) -> str:
    return label if german else TOPICS_EN.get(label, label)
