"""Demo communication plan, staff roster, shifts, mutual-aid partners, log and binder metadata."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from demo_common import uid

CET = timezone(timedelta(hours=1))
WEEK_START = datetime(2026, 11, 23, tzinfo=CET)       # Monday of the demo week

FALLBACK_NO_OWN = ("Sveriges Radio P4 Norrbotten", "Krissida på extern server (krisinfo.norrbacka.example)",
                   "Tryckta anslag på biblioteken och ICA-butikerna", "SMS-utskick")


def metadata() -> dict[str, Any]:
    return {
        "organisation": "Norrbacka kommun", "organisation_id": "norrbacka",
        "classification": "Sekretess enligt OSL / Restricted", "plan_version": "2026.2",
        "approved_by": "Kommunstyrelsen 2026-10-14, § 212", "review_due": "2027-10-31",
        "spokesperson": uid("contact", "klg.informationsansvarig"),
        "spokesperson_deputy": uid("contact", "klg.informationsansvarig.dep1"), "language": "sv",
    }


# (target group, title, key messages, holding statement, primary channel, fallbacks, owner, cadence, next update)
COMMS: tuple[tuple[str, str, tuple[str, ...], str, str, tuple[str, ...], str, str, str], ...] = (
    ("residents", "Invånare",
     ("Kommunens viktigaste verksamheter – hemtjänst, äldreboenden, vatten och räddningstjänst – fungerar.",
      "Du når kommunen på reservnumret 0980-319 200 mellan 07 och 22.",
      "Följ P4 Norrbotten och krisinfo.norrbacka.example för aktuell information."),
     "Norrbacka kommun har drabbats av en allvarlig störning. Vi arbetar för att begränsa påverkan på "
     "invånarna. Verksamhet för liv och hälsa fungerar. Nästa information lämnas klockan 09:00.",
     "Sveriges Radio P4 Norrbotten", (*FALLBACK_NO_OWN, "Informationsmöte i kulturhuset"),
     "klg.informationsansvarig", "Dagligen 09:00 och vid större förändring", "2026-11-26T09:00:00+01:00"),
    ("care_recipients", "Brukare och anhöriga",
     ("Alla planerade besök genomförs enligt pappersschema.",
      "Trygghetslarmet fungerar som vanligt.",
      "Anhöriga kan ringa enhetschefen direkt på numret i informationsbladet."),
     "Hemtjänsten och äldreboendena arbetar med pappersrutiner. Alla brukare får sina insatser. "
     "Kontakta hemtjänsten på reservnumret om ett besök uteblir.",
     "Telefonsamtal från enhetschef", ("Informationsblad som lämnas vid besöket", "SMS till anhöriga",
                                       "Sveriges Radio P4 Norrbotten"),
     "klg.hemtjanstchef", "Vid varje förändring, minst varannan dag", "2026-11-26T12:00:00+01:00"),
    ("staff", "Medarbetare",
     ("Använd inte kommunens datorer förrän IT meddelar att de är rena.",
      "Din chef ger dig besked om var och när du ska arbeta.",
      "Prata inte med media – hänvisa till kommunens presstalesperson."),
     "Kommunens IT-miljö är avstängd efter ett angrepp. Följ pappersrutinerna och din chefs besked. "
     "Nästa information kommer via SMS klockan 08:00.",
     "SMS till alla anställda", ("Chefsmöte på plats varje morgon 08:00", "Anslag i personalrum",
                                 "Rakel för chefer i samhällsviktig verksamhet"),
     "klg.hrchef", "Dagligen 08:00", "2026-11-26T08:00:00+01:00"),
    ("politicians", "Förtroendevalda",
     ("Krisledningsgruppen leder arbetet och rapporterar till krisledningsnämnden.",
      "Förtroendevalda får samma information som media en timme innan den publiceras.",
      "Hänvisa frågor om detaljer till krisledningschefen."),
     "Krisledningsgruppen är aktiverad. Krisledningsnämndens ordförande har informerats och följer läget.",
     "Telefonmöte med krisledningsnämnden", ("SMS till gruppledarna", "Möte i kommunhusets sessionssal"),
     "klg.ksordf", "Dagligen 08:30", "2026-11-26T08:30:00+01:00"),
    ("media", "Media",
     ("Vi berättar vad vi vet, vad vi inte vet och när vi vet mer.",
      "Kommunen har polisanmält angreppet och samarbetar med CERT-SE.",
      "Presskonferens varje dag klockan 09:00 i kulturhuset."),
     "Norrbacka kommun bekräftar att kommunen är utsatt för ett IT-angrepp. Vi har kopplat bort våra system "
     "för att begränsa skadan. Verksamhet för liv och hälsa fungerar. Vi återkommer klockan 09:00.",
     "Presskonferens i kulturhuset", ("Pressmeddelande via krissidan", "Telefon till nyhetsredaktionerna",
                                      "Sveriges Radio P4 Norrbotten"),
     "klg.informationsansvarig", "Dagligen 09:00", "2026-11-26T09:00:00+01:00"),
    ("partners", "Samverkansparter",
     ("Kommunen behöver stöd med IT-tekniker och personal till hemtjänsten.",
      "Begäran görs via TiB enligt LEH 4 kap. 1 §."),
     "Norrbacka kommun har aktiverat krisledning. Vi återkommer med konkreta behov efter krisledningsgruppens "
     "möte klockan 10:00.",
     "Telefon från TiB", ("Rakel talgrupp KOM NB KRIS-1", "Samverkansmöte via länsstyrelsen"),
     "klg.tib", "Efter varje möte i krisledningsgruppen", "2026-11-25T16:00:00+01:00"),
    ("neighbour_municipalities", "Grannkommuner",
     ("Angreppet kan spridas: kontrollera era anslutningar till gemensamma system.",
      "Vi delar indikatorer från incidentresponsfirman via CERT-SE."),
     "Norrbacka kommun är utsatt för ett IT-angrepp. Vi har kopplat bort gemensamma förbindelser i "
     "försiktighetssyfte.",
     "Telefon till grannkommunernas TiB", ("Rakel talgrupp KOM NB KRIS-1", "Satellittelefon"),
     "klg.sakerhetssamordnare", "Dagligen 11:00", "2026-11-26T11:00:00+01:00"),
    ("suppliers", "Leverantörer",
     ("Skicka inga fakturor eller filer till kommunens e-post tills vidare.",
      "Leveranser till boenden och kök fortsätter som vanligt."),
     "Norrbacka kommuns e-post och system är avstängda. Beställningar görs per telefon av ansvarig chef.",
     "Telefon från ansvarig chef", ("Brev", "Besök på plats"),
     "klg.ekonomichef", "Vid behov", "2026-11-27T10:00:00+01:00"),
    ("authorities", "Myndigheter",
     ("Lägesrapport till länsstyrelsen enligt överenskommen tid.",
      "Incidentrapport till CERT-SE och polisanmälan är gjorda.",
      "Personuppgiftsincident anmäls till IMY inom 72 timmar."),
     "Norrbacka kommun har aktiverat krisledning efter ett IT-angrepp. Lägesrapport lämnas till länsstyrelsen "
     "klockan 14:00.",
     "Rakel talgrupp KOM NB LEDN", ("WIS från reservdator", "Satellittelefon", "Telefon till länsstyrelsens TiB"),
     "klg.sakerhetssamordnare", "Dagligen 14:00", "2026-11-25T14:00:00+01:00"),
)


def build_comms() -> list[dict[str, Any]]:
    out = []
    for group, title, messages, holding, primary, fallbacks, owner, cadence, due in COMMS:
        out.append({"id": uid("comms", group), "target_group": group, "title": title,
                    "key_messages": list(messages), "holding_statement": holding, "primary_channel": primary,
                    "fallback_channels": list(fallbacks), "owner": uid("contact", owner), "cadence": cadence,
                    "briefing_time": "09:00", "next_update_due": due})
    return out


# Staff linked to contacts: (contact key, roles, skills)
LINKED_STAFF: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("klg.krisledningschef", ("Krisledningschef",), ("Stabsmetodik", "Rakel")),
    ("klg.krisledningschef.dep1", ("Krisledningschef (avlösning)",), ("Stabsmetodik",)),
    ("klg.stabschef", ("Stabschef",), ("Stabsmetodik", "Lägesbild")),
    ("klg.stabschef.dep1", ("Stabschef (avlösning)",), ("Stabsmetodik",)),
    ("klg.loggforare", ("Loggförare",), ("Protokoll", "Diarieföring")),
    ("klg.loggforare.dep1", ("Loggförare",), ("Diarieföring",)),
    ("klg.informationsansvarig", ("Huvudtalesperson",), ("Mediehantering", "Kriskommunikation")),
    ("klg.informationsansvarig.dep1", ("Presskontakt",), ("Mediehantering",)),
    ("klg.itchef", ("IT-chef",), ("Återställningsplanering", "Leverantörsstyrning")),
    ("klg.itchef.dep1", ("IT-driftansvarig",), ("Active Directory", "Backup och återläsning")),
    ("klg.itchef.dep2", ("Nätverkstekniker",), ("Nätverk", "Brandvägg")),
    ("klg.tib", ("TiB",), ("Rakel", "WIS")),
    ("klg.tib.dep1", ("TiB",), ("Rakel", "WIS")),
    ("klg.hemtjanstchef", ("Hemtjänstchef",), ("Bemanning", "Pappersrutiner hemtjänst")),
    ("klg.hrchef", ("HR-chef",), ("Arbetstidsregler", "Bemanning")),
    ("unit.0.1", ("IT-tekniker återställning",), ("Windows-klienter", "Ominstallation")),
    ("unit.0.2", ("IT-tekniker återställning",), ("Nätverk",)),
    ("unit.0.3", ("Servicedesk",), ("Användarstöd",)),
    ("unit.0.4", ("Systemförvaltare",), ("Lönesystem",)),
    ("unit.2.1", ("Planerare hemtjänst",), ("Pappersscheman", "B-körkort")),
    ("unit.2.2", ("Undersköterska",), ("Delegering läkemedel", "B-körkort")),
    ("unit.3.1", ("Planerare hemtjänst",), ("Pappersscheman",)),
    ("unit.1.1", ("Telefonist reservnummer",), ("Växel", "Finska")),
    ("unit.1.2", ("Telefonist reservnummer",), ("Växel",)),
    ("unit.15.1", ("Kommunikatör",), ("Krissida", "Sociala medier")),
)
# Staff from outside: (key, name, roles, skills, source, notes)
OTHER_STAFF: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str, str], ...] = (
    ("kallberg.it1", "Henrik Lantto", ("IT-tekniker återställning",), ("Active Directory", "Ominstallation"),
     "mutual_aid", "Inlånad från Kallbergs kommun enligt LEH 4 kap. 1 §, beslut 2026-11-21."),
    ("kallberg.it2", "Åsa Pekkari", ("IT-tekniker återställning",), ("Windows-klienter",), "mutual_aid",
     "Inlånad från Kallbergs kommun."),
    ("stortrask.usk1", "Märta Alatalo", ("Undersköterska",), ("Delegering läkemedel", "B-körkort"), "mutual_aid",
     "Inlånad från Storträsk kommun."),
    ("stortrask.usk2", "Kåre Töyrä", ("Undersköterska",), ("B-körkort",), "mutual_aid",
     "Inlånad från Storträsk kommun."),
    ("fjallnas.soc", "Ingrid Mäki", ("Socialsekreterare",), ("Ekonomiskt bistånd",), "mutual_aid",
     "Inlånad från Fjällnäs kommun."),
    ("ir1", "Oskar Jäderlund", ("Incidentledare",), ("Forensik", "Incidentledning"), "consultant",
     "Snöfall Incidentrespons AB, ramavtal IR-2025-02."),
    ("ir2", "Daniel Hughes", ("Forensisk analytiker",), ("Forensik", "Engelska"), "consultant",
     "Snöfall Incidentrespons AB."),
    ("nd1", "Rasmus Ågren", ("Drifttekniker leverantör",), ("Virtualisering", "Backup och återläsning"), "consultant",
     "NordDrift IT AB, avtal NB-IT-2024-07."),
    ("nd2", "Louise Hjälte", ("Drifttekniker leverantör",), ("Lagring",), "consultant", "NordDrift IT AB."),
    ("konsult1", "Jovnna Ŧoalli Žeatnja", ("Stabsstöd",), ("Stabsmetodik", "Nordsamiska"), "consultant",
     "Beredskapskonsult Nord AB."),
    ("frg1", "Gösta Burström", ("Frivillig, informationspunkt",), ("Första hjälpen",), "volunteer",
     "Frivilliga resursgruppen (FRG)."),
    ("frg2", "Birgitta Lövgren", ("Frivillig, informationspunkt",), ("Första hjälpen", "Ryska"), "volunteer",
     "Frivilliga resursgruppen (FRG)."),
    ("frg3", "Ánde Čuđe Somby", ("Samordnare frivilliga",), ("Nordsamiska", "Terrängskoter"), "volunteer",
     "Samordnare för FRG."),
    ("usk.vik1", "Stina Hedlund", ("Undersköterska",), ("B-körkort",), "own", "Timvikarie."),
    ("usk.vik2", "Nils Granström", ("Undersköterska",), ("Delegering läkemedel",), "own", "Timvikarie."),
)

def _location(role: str) -> str:
    lower = role.lower()
    if lower.startswith("it-") or "tekniker" in lower or "system" in lower or "forensisk" in lower:
        return "Serverhall A / IT-avdelningen"
    if "sköterska" in lower or "hemtjänst" in lower or "planerare" in lower:
        return "Hemtjänst Centrum"
    if "telefonist" in lower or "servicedesk" in lower:
        return "Servicecentret"
    if "frivillig" in lower:
        return "Informationspunkt huvudbiblioteket"
    return "Kommunhuset rum 214 (stab)"


# Outside staff who are also in the contact list: staff key -> contact key.
OTHER_STAFF_CONTACTS = {"ir1": "ext.ir.jour", "konsult1": "ext.konsult", "frg3": "ext.frg"}


def build_staff(people: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for key, roles, skills in LINKED_STAFF:
        out.append({"id": uid("staff", key), "name": people[key]["name"], "contact": uid("contact", key),
                    "roles": list(roles), "skills": list(skills), "source": "own"})
    for key, name, roles, skills, source, notes in OTHER_STAFF:
        record = {"id": uid("staff", key), "name": name, "roles": list(roles), "skills": list(skills),
                  "source": source, "notes": notes}
        contact_key = OTHER_STAFF_CONTACTS.get(key)
        if contact_key:
            record |= {"name": people[contact_key]["name"], "contact": uid("contact", contact_key)}
        out.append(record)
    return out


LEADERS = {"Krisledningschef", "Krisledningschef (avlösning)", "Stabschef", "Stabschef (avlösning)",
           "Huvudtalesperson", "IT-chef", "Hemtjänstchef", "HR-chef"}
PATTERNS = {"dag": (7, 8), "kväll": (15, 8), "natt": (23, 8)}


def _at(day: int, hour: float) -> datetime:
    return WEEK_START + timedelta(days=day, hours=hour)


def build_shifts(rng: random.Random, staff: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """About three 8-hour shifts each, plus three planted breaches of the working-time rules."""
    planned: list[tuple[dict[str, Any], datetime, datetime]] = []
    long_shift, short_rest, week_hours = staff[9], staff[19], staff[15]   # IT, planerare, IT-tekniker
    for person in staff:
        if person is long_shift:
            planned += [(person, _at(0, 7), _at(0, 21.5)), (person, _at(2, 8), _at(2, 17)),
                        (person, _at(4, 8), _at(4, 17))]
        elif person is short_rest:
            planned += [(person, _at(1, 14), _at(1, 22)), (person, _at(2, 6), _at(2, 14)),
                        (person, _at(4, 7), _at(4, 15))]
        elif person is week_hours:
            planned += [(person, _at(day, 7), _at(day, 17.5)) for day in range(5)]
        else:
            leader = person["roles"][0] in LEADERS
            start_hour, length = PATTERNS["dag" if leader else rng.choice(("dag", "dag", "kväll", "natt"))]
            days = sorted(rng.sample(range(7), 3))
            planned += [(person, _at(d, start_hour), _at(d, start_hour + length)) for d in days]
    out = []
    for n, (person, start, end) in enumerate(planned):
        role = person["roles"][0]
        out.append({"id": uid("shift", f"{person['id']}:{n}"), "staff": person["id"],
                    "start": start.isoformat(), "end": end.isoformat(), "role": role, "location": _location(role)})
    return out


# (key, organisation, contact key, provides, agreement, activation, notes)
PARTNERS: tuple[tuple[str, str, str, tuple[str, ...], str, str, str], ...] = (
    ("stortrask", "Storträsk kommun", "ext.storträsk.tib",
     ("Undersköterskor till hemtjänst (upp till 6 per pass)", "Lokaler för evakuerade (Storträsk skola, 120 platser)",
      "Nödvattentank 3 m³"),
     "Samverkansavtal NB-LEH-2023-01 enligt LEH 4 kap. 1 §",
     "TiB ringer Storträsk kommuns TiB och bekräftar skriftligt. Ersättning enligt LEH 4 kap. 1 §.", ""),
    ("kallberg", "Kallbergs kommun", "ext.kallberg.tib",
     ("IT-tekniker (2–4 personer)", "40 bärbara datorer med ren installation", "Reservledningsplats i Kallberg"),
     "Samverkansavtal NB-LEH-2023-02 enligt LEH 4 kap. 1 §",
     "TiB eller IT-chef kontaktar Kallbergs TiB. IT-stöd kan vara på plats inom 6 timmar.",
     "Kallberg använder samma IT-driftleverantör: kontrollera att deras miljö inte är drabbad."),
    ("fjallnas", "Fjällnäs kommun", "ext.fjällnäs.tib",
     ("Socialsekreterare för ekonomiskt bistånd", "Löneadministration i deras lönesystem (nödlön)"),
     "Samverkansavtal NB-LEH-2024-03 enligt LEH 4 kap. 1 §",
     "Begäran via Fjällnäs TiB. Lön kan köras i Fjällnäs system med tre dagars framförhållning.", ""),
    ("region", "Region Norrbotten", "ext.region.tib",
     ("Sjuksköterskor till särskilda boenden", "Smittskyddsrådgivning", "Läkemedelsförsörjning"),
     "Överenskommelse om samverkan vid kris, 2025",
     "Kontakta regionens TiB (dygnet runt).", ""),
    ("konsult", "Beredskapskonsult Nord AB", "ext.konsult",
     ("Stabsstöd och stabschef på plats", "Utbildning av avlösande stab"),
     "Ramavtal BK-2025-11 (avrop per timme)", "Avropa via ekonomichef eller krisledningschef. Inställelse inom 12 h.",
     ""),
    ("frg", "Civilförsvarsförbundet Norrbacka (FRG)", "ext.frg",
     ("30 frivilliga för informationspunkter och registrering", "Utdelning av nödvatten", "Telefonkontakt med "
      "ensamboende"),
     "Avtal med Frivilliga resursgruppen 2024–2027", "Ring FRG-samordnaren. Larmlista finns hos samordnaren.", ""),
    ("snofall", "Snöfall Incidentrespons AB", "ext.ir.jour",
     ("Incidentledning vid IT-angrepp", "Forensisk analys", "Övervakning av nätet efter återställning"),
     "Ramavtal IR-2025-02", "Ring jourtelefonen, uppge avtalsnumret. På plats inom 8 timmar.", ""),
    ("kyrkan", "Svenska kyrkan, Norrbacka församling", "ext.kyrkan",
     ("POSOM-stöd och samtalsstöd", "Församlingshemmet som stödcenter (80 personer)"),
     "Överenskommelse om POSOM 2024", "Socialchefen kallar via kyrkoherden.", ""),
)


def build_partners() -> list[dict[str, Any]]:
    return [{"id": uid("partner", key), "organisation": org, "contact": uid("contact", contact),
             "provides": list(provides), "agreement_ref": agreement, "activation": activation, "notes": notes}
            for key, org, contact, provides, agreement, activation, notes in PARTNERS]


def build_log(people: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    chief = people["klg.krisledningschef"]["name"]
    logger = people["klg.loggforare"]["name"]
    it_chief = people["klg.itchef"]["name"]
    safety = people["klg.sakerhetssamordnare"]["name"]
    base = {"author": logger, "role": "Loggförare", "decided_by": "", "basis": "", "affected": ""}
    entries = [
        {"occurred_at": "2026-11-20T06:40:00+01:00", "kind": "notification", "priority": "high",
         "text": "NordDrift IT AB:s driftcentral larmar: krypterade filer på filservern och lösensummekrav på "
                 "flera datorer i kommunhuset.", "author": it_chief, "role": "IT-chef"},
        {"occurred_at": "2026-11-20T07:05:00+01:00", "kind": "decision", "priority": "high",
         "text": "Krisledningsgruppen aktiveras. Samling i kommunhuset rum 214 klockan 07:30.",
         "decided_by": chief, "basis": "Misstänkt utpressningsangrepp som påverkar hela kommunens IT-miljö.",
         "affected": "Hela kommunens verksamhet"},
        {"occurred_at": "2026-11-20T07:20:00+01:00", "kind": "action", "priority": "high",
         "text": "Kommunens nät är bortkopplat från internet. Den offline-säkerhetskopian är kontrollerad och "
                 "inte ansluten.", "author": it_chief, "role": "IT-chef"},
        {"occurred_at": "2026-11-20T07:45:00+01:00", "kind": "decision", "priority": "high",
         "text": "Hemtjänst och äldreboenden går över till pappersrutiner från och med förmiddagspasset.",
         "decided_by": chief, "basis": "Planeringssystemet och surfplattorna kan inte användas.",
         "affected": "Hemtjänst, särskilda boenden, cirka 480 brukare"},
        {"occurred_at": "2026-11-20T08:30:00+01:00", "kind": "notification", "priority": "normal",
         "text": "CERT-SE har fått incidentrapport. Polisanmälan om dataintrång är gjord (K-nummer noterat i "
                 "pappersloggen).", "author": safety, "role": "Säkerhetssamordnare"},
        {"occurred_at": "2026-11-20T12:00:00+01:00", "kind": "situation_report", "priority": "normal",
         "text": "Lägesbild 12:00: Hemtjänsten genomför alla besök enligt pappersschema. Trygghetslarm fungerar. "
                 "E-post, växel och webbplats är nere; krissidan och reservnumret är aktiva. Incidentresponsfirman "
                 "är på plats. Nästa lägesbild 16:00.", "author": people["klg.stabschef"]["name"],
         "role": "Stabschef"},
    ]
    return [base | entry for entry in entries]
