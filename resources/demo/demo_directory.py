"""Who is in the demo binder: names, the crisis management team, units and external contacts.

Pure data; `demo_people` turns it into contact records.
"""
from __future__ import annotations

from dataclasses import dataclass

from demo_common import TOWN

SWEDISH_FIRST = (
    "Anna", "Åsa", "Maria", "Karin", "Eva", "Lena", "Kristina", "Sara", "Emma", "Linnéa", "Ingrid",
    "Märta", "Annika", "Helén", "Malin", "Jenny", "Sofia", "Ida", "Elin", "Johanna", "Ulrika", "Therése",
    "Camilla", "Birgitta", "Agneta", "Louise", "Frida", "Hanna", "Matilda", "Tove", "Signe", "Stina",
    "Erik", "Lars", "Anders", "Per", "Mikael", "Johan", "Jörgen", "Björn", "Göran", "Håkan", "Örjan",
    "Stefan", "Magnus", "Mattias", "Niklas", "Fredrik", "Jonas", "Daniel", "Pär", "Olof", "Nils", "Gösta",
    "Tomas", "Henrik", "Andreas", "Patrik", "Kjell", "Ove", "Sven", "Rasmus", "Viktor", "Måns", "Kåre",
)
SWEDISH_LAST = (
    "Lindqvist", "Öberg", "Nilsson", "Åström", "Sundström", "Lundbäck", "Påhlsson", "Björk", "Wikström",
    "Eriksson", "Johansson", "Larsson", "Söderberg", "Nyström", "Holmgren", "Lindström", "Bergström",
    "Forsberg", "Sjöberg", "Engström", "Hedlund", "Lundgren", "Strömbäck", "Näslund", "Fjällström",
    "Brännström", "Marklund", "Öhman", "Backman", "Granström", "Lidén", "Vikström", "Åberg", "Älvsbo",
    "Rönnbäck", "Sandström", "Häggström", "Burström", "Hjälte", "Nordlund", "Westerlund", "Lövgren",
    "Björklund", "Isaksson", "Mäki", "Kuoppa", "Henriksson", "Lantto", "Pekkari", "Töyrä", "Alatalo",
    "Ek", "Strand", "Dahlberg", "Sörensson", "Bäckström", "Jäderlund", "Grönlund", "Ågren", "Löfgren",
)

# Names in other scripts and languages: (display name, e-mail local part).
SPECIAL_NAMES: dict[str, tuple[str, str]] = {
    "english1": ("Sarah Mitchell", "sarah.mitchell"),
    "english2": ("James O'Connor", "james.oconnor"),
    "english3": ("Emily Clarke", "emily.clarke"),
    "sami1": ("Máret Ánne Guttorm", "maret.guttorm"),
    "sami2": ("Ánde Čuđe Somby", "ande.somby"),
    "sami3": ("Biret Ŋuvdu Juuso", "biret.juuso"),
    "sami4": ("Jovnna Ŧoalli Žeatnja", "jovnna.zeatnja"),
    "sami5": ("Risten Šiellaš Gaup", "risten.gaup"),
    "cyrillic1": ("Ольга Иванова", "olga.ivanova"),
    "cyrillic2": ("Дмитрий Смирнов", "dmitrij.smirnov"),
    "cyrillic3": ("Наталья Кузнецова", "natalja.kuznetsova"),
    "chinese1": ("王芳", "wang.fang"),
    "chinese2": ("李伟", "li.wei"),
}

TOWN_HALL = f"Kommunhuset, Storgatan 12, 982 31 {TOWN}"
AVAILABILITY_NOTES = {"office_hours": "Vardagar 08.00–16.30", "24/7": "Dygnet runt (jour eller skift)",
                      "on_call_weeks": "Beredskapsvecka var fjärde vecka, växling måndag 12.00"}
RAKEL_TG = ("KOM NB KRIS-1", "KOM NB KRIS-2", "KOM NB LEDN", "RTJ NB LEDN-1")


@dataclass
class KlgRole:
    key: str
    crisis_role: str
    job_title: str
    unit: str
    deputies: tuple[str, ...]
    key_role: bool = False            # satellite phone, Rakel, runner
    availability: str = "office_hours"
    note: str = ""
    calls: tuple[str, ...] = ()       # other KLG roles this role calls in the call tree
    units: tuple[str, ...] = ()       # units whose leads this role calls


KLG: tuple[KlgRole, ...] = (
    KlgRole("krisledningschef", "Krisledningschef", "Kommundirektör", "Kommunledningskontoret",
            ("Biträdande kommundirektör", "Kanslichef", "Samhällsbyggnadschef"), True, "24/7",
            "Beslutar om aktivering av krisledningsgruppen. Nås alltid via tjänstemobil, annars Rakel.",
            ("stabschef", "informationsansvarig", "tib", "itchef", "socialchef")),
    KlgRole("stabschef", "Stabschef", "Utvecklingschef", "Kommunledningskontoret",
            ("Strateg, kommunledningskontoret", "Utredare, kommunledningskontoret"), True, "office_hours",
            "Leder stabsarbetet och lägesbilden.",
            ("sakerhetssamordnare", "loggforare", "hrchef", "ekonomichef", "ksordf")),
    KlgRole("informationsansvarig", "Informationsansvarig och huvudtalesperson", "Kommunikationschef",
            "Kommunikationsenheten", ("Kommunikatör (presskontakt)", "Webbredaktör"), True, "office_hours",
            "Huvudtalesperson. Godkänner alla externa budskap.", (), ("Kommunikationsenheten",)),
    KlgRole("itchef", "IT-chef (krisledning IT)", "IT-chef", "IT-avdelningen",
            ("IT-driftansvarig", "Nätverkstekniker (senior)"), True, "24/7",
            "Ansvarar för återställningslistan och kontakten med IT-driftleverantören.", (),
            ("IT-avdelningen", "Servicecenter och växel")),
    KlgRole("sakerhetssamordnare", "Säkerhetssamordnare", "Säkerhetssamordnare", "Kommunledningskontoret",
            ("Beredskapshandläggare",), True, "office_hours",
            "Förvaltar krispärmen. Kontaktar CERT-SE, MSB och polis vid IT-angrepp.", (),
            ("Bibliotek och kultur",)),
    KlgRole("tib", "Tjänsteperson i beredskap (TiB)", "Beredskapssamordnare", "Kommunledningskontoret",
            ("TiB vecka B", "TiB vecka C", "TiB vecka D"), True, "on_call_weeks",
            "Beredskapsvecka A (växlar måndag 12:00). Larmas av SOS Alarm eller länsstyrelsens TiB.",
            ("raddningschef", "tekniskchef", "skolchef")),
    KlgRole("socialchef", "Socialchef", "Socialchef", "Socialförvaltningen",
            ("Avdelningschef individ- och familjeomsorg", "Medicinskt ansvarig sjuksköterska (MAS)"), False,
            "office_hours", "", ("hemtjanstchef",), ("Individ- och familjeomsorgen", "Björkgårdens äldreboende",
                                                     "Solbacka äldreboende")),
    KlgRole("hemtjanstchef", "Hemtjänstchef", "Verksamhetschef hemtjänst", "Hemtjänsten",
            ("Enhetschef hemtjänst Centrum", "Enhetschef hemtjänst Älvdalen"), False, "office_hours",
            "Ansvarar för pappersscheman för hemtjänsten (utskrivna två veckor framåt).", (),
            ("Hemtjänst Centrum", "Hemtjänst Älvdalen", "Hemtjänst Storberget")),
    KlgRole("skolchef", "Skolchef", "Förvaltningschef barn och utbildning", "Barn- och utbildningsförvaltningen",
            ("Rektor Norrbackaskolan", "Rektor Älvängsskolan"), False, "office_hours", "", (),
            ("Norrbackaskolan", "Älvängsskolan", "Förskolorna", "Måltidsservice")),
    KlgRole("hrchef", "HR-chef", "HR-chef", "HR-avdelningen", ("HR-strateg",), False, "office_hours",
            "Ansvarar för personalförsörjning, skiftplanering och lön i kris.", (), ("HR-avdelningen",)),
    KlgRole("ekonomichef", "Ekonomichef", "Ekonomichef", "Ekonomiavdelningen", ("Redovisningschef", "Controller"),
            False, "office_hours", "Beslutar om akuta utbetalningar och kontakt med försäkringsbolaget.", (),
            ("Ekonomiavdelningen",)),
    KlgRole("raddningschef", "Räddningschef", "Räddningschef", "Räddningstjänsten",
            ("Ställföreträdande räddningschef", "Räddningschef i beredskap", "Insatsledare"), True, "24/7",
            "Räddningschef i beredskap nås dygnet runt via Rakel.", (), ("Räddningstjänsten",)),
    KlgRole("tekniskchef", "Teknisk chef", "Förvaltningschef samhällsbyggnad", "Tekniska förvaltningen",
            ("VA-chef", "Fastighetschef"), False, "office_hours", "Ansvarar för vatten, avlopp, gator och lokaler.",
            (), ("VA-avdelningen", "Fastighetsavdelningen")),
    KlgRole("ksordf", "Ordförande krisledningsnämnden", "Kommunstyrelsens ordförande", "Politisk ledning",
            ("Kommunstyrelsens vice ordförande",), False, "office_hours",
            "Kallar krisledningsnämnden. Beslut om att nämnden träder i funktion.", (), ("Politisk ledning",)),
    KlgRole("loggforare", "Loggförare (stab)", "Nämndsekreterare", "Kansliet", ("Registrator",), False,
            "office_hours", "För krisledningsgruppens loggbok och beslutslogg.", (), ("Kansliet",)),
)

# Units: (unit name, organisation part, job titles; first is the lead), number of people.
UNITS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("IT-avdelningen", ("IT-driftledare", "Systemtekniker", "Nätverkstekniker", "Servicedesktekniker",
                        "Systemförvaltare", "Informationssäkerhetssamordnare"), 14),
    ("Servicecenter och växel", ("Samordnare servicecenter", "Telefonist", "Kundtjänsthandläggare"), 6),
    ("Hemtjänst Centrum", ("Enhetschef", "Planerare", "Undersköterska", "Undersköterska", "Vårdbiträde"), 14),
    ("Hemtjänst Älvdalen", ("Enhetschef", "Planerare", "Undersköterska", "Undersköterska"), 11),
    ("Hemtjänst Storberget", ("Enhetschef", "Undersköterska", "Undersköterska", "Vårdbiträde"), 9),
    ("Björkgårdens äldreboende", ("Enhetschef", "Sjuksköterska", "Undersköterska", "Undersköterska"), 10),
    ("Solbacka äldreboende", ("Enhetschef", "Sjuksköterska", "Undersköterska"), 8),
    ("Individ- och familjeomsorgen", ("Enhetschef", "Socialsekreterare", "Biståndshandläggare"), 9),
    ("Norrbackaskolan", ("Biträdande rektor", "Lärare", "Skolsköterska", "Elevassistent"), 8),
    ("Älvängsskolan", ("Biträdande rektor", "Lärare", "Skolkurator"), 6),
    ("Förskolorna", ("Förskolechef", "Förskollärare", "Barnskötare"), 7),
    ("Måltidsservice", ("Kostchef", "Kock", "Måltidsbiträde"), 5),
    ("VA-avdelningen", ("Driftingenjör VA", "Drifttekniker vattenverk", "VA-tekniker", "Laboratorieassistent"), 8),
    ("Fastighetsavdelningen", ("Driftchef fastighet", "Fastighetsskötare", "Elektriker", "Lokalvårdare"), 8),
    ("Räddningstjänsten", ("Styrkeledare", "Brandman", "Brandman", "Räddningsledare"), 9),
    ("Kommunikationsenheten", ("Kommunikatör", "Kommunikatör", "Grafisk formgivare"), 4),
    ("HR-avdelningen", ("Lönechef", "Lönehandläggare", "HR-konsult"), 6),
    ("Ekonomiavdelningen", ("Ekonom", "Ekonomiassistent", "Upphandlare"), 5),
    ("Kansliet", ("Kommunsekreterare", "Nämndsekreterare", "Arkivarie"), 4),
    ("Bibliotek och kultur", ("Bibliotekschef", "Bibliotekarie", "Kulturhandläggare"), 4),
    ("Politisk ledning", ("Kommunfullmäktiges ordförande", "Oppositionsråd", "Gruppledare"), 4),
)


@dataclass
class External:
    key: str
    organisation: str
    job_title: str
    crisis_role: str = ""
    unit: str = ""
    availability: str = "office_hours"
    landline: str = ""
    email_domain: str = ""
    note: str = ""
    satellite: bool = False
    rakel_tg: str = ""
    name_key: str = ""                     # a SPECIAL_NAMES key


EXTERNALS: tuple[External, ...] = (
    External("ext.storträsk.tib", "Storträsk kommun", "Tjänsteperson i beredskap", "Grannkommun TiB",
             availability="24/7", landline="0980-319 211", email_domain="stortrask.example",
             note="Begäran om bistånd enligt LEH 4 kap. 1 § tas emot av TiB.", rakel_tg="KOM NB KRIS-1"),
    External("ext.storträsk.kd", "Storträsk kommun", "Kommundirektör", "Grannkommun ledning",
             landline="0980-319 212", email_domain="stortrask.example"),
    External("ext.kallberg.tib", "Kallbergs kommun", "Tjänsteperson i beredskap", "Grannkommun TiB",
             availability="24/7", landline="0980-319 221", email_domain="kallberg.example", rakel_tg="KOM NB KRIS-1"),
    External("ext.kallberg.it", "Kallbergs kommun", "IT-chef", "Grannkommun IT-stöd", landline="0980-319 222",
             email_domain="kallberg.example", note="Kan låna ut tekniker och 40 bärbara datorer enligt avtal."),
    External("ext.fjällnäs.tib", "Fjällnäs kommun", "Tjänsteperson i beredskap", "Grannkommun TiB",
             availability="24/7", landline="0980-319 231", email_domain="fjallnas.example", rakel_tg="KOM NB KRIS-1"),
    External("ext.fjällnäs.soc", "Fjällnäs kommun", "Socialchef", "Grannkommun socialtjänst",
             landline="0980-319 232", email_domain="fjallnas.example"),
    External("ext.region.tib", "Region Norrbotten", "Regional tjänsteperson i beredskap", "Regionens TiB",
             availability="24/7", landline="0980-319 241", email_domain="region.example",
             rakel_tg="REG NB SJVLEDN", satellite=True),
    External("ext.region.smitta", "Region Norrbotten", "Smittskyddsläkare", "Smittskydd", landline="0980-319 242",
             email_domain="region.example", note="Kontaktas vid misstänkt vattenburen smitta."),
    External("ext.region.vård", "Region Norrbotten", "Verksamhetschef primärvård", "Hälso- och sjukvård",
             landline="0980-319 243", email_domain="region.example"),
    External("ext.lst.tib", "Länsstyrelsen i Norrbottens län", "Länsstyrelsens tjänsteperson i beredskap",
             "Länsstyrelsens TiB", availability="24/7", landline="0980-319 251", email_domain="lansstyrelsen.example",
             rakel_tg="LST NB TIB", satellite=True, note="Rapportera lägesbild enligt WIS-rutinen."),
    External("ext.lst.bered", "Länsstyrelsen i Norrbottens län", "Beredskapsdirektör", "Regional samordning",
             landline="0980-319 252", email_domain="lansstyrelsen.example"),
    External("ext.polis.rlc", "Polisen, region Nord", "Vakthavande befäl, regionledningscentralen", "Polisens RLC",
             availability="24/7", landline="0980-319 261", email_domain="polisen.example", rakel_tg="POL NORD RLC"),
    External("ext.polis.kommun", "Polisen, region Nord", "Kommunpolis", "Polisens kontakt för kommunen",
             landline="0980-319 262", email_domain="polisen.example",
             note="Anmälan om dataintrång görs via kommunpolisen eller RLC."),
    External("ext.msb", "Myndigheten för civilt försvar (MSB)", "Tjänsteperson i beredskap", "MSB TiB",
             availability="24/7", landline="0980-319 271", email_domain="msb.example", satellite=True),
    External("ext.certse", "CERT-SE", "Incidenthanterare", "Nationell CSIRT", availability="24/7",
             landline="0980-319 272", email_domain="cert-se.example",
             note="Rapportera IT-incidenter inom 24 timmar enligt MSB:s föreskrifter.", name_key="english1"),
    External("ext.sos", "SOS Alarm", "Vakthavande", "Larmcentral", availability="24/7", landline="0980-319 273",
             email_domain="sosalarm.example"),
    External("ext.itdrift.jour", "NordDrift IT AB", "Driftcentral (jour)", "IT-driftleverantör, jour",
             availability="24/7", landline="0980-319 281", email_domain="norddrift.example",
             note="Avtal NB-IT-2024-07. Åtgärdstid prio 1: 2 timmar."),
    External("ext.itdrift.ka", "NordDrift IT AB", "Kundansvarig", "IT-driftleverantör, avtal",
             landline="0980-319 282", email_domain="norddrift.example"),
    External("ext.itdrift.sec", "NordDrift IT AB", "Säkerhetsansvarig", "IT-driftleverantör, säkerhet",
             availability="24/7", landline="0980-319 283", email_domain="norddrift.example", name_key="english2"),
    External("ext.ir.jour", "Snöfall Incidentrespons AB", "Incidentledare (jour)", "Incidentresponsfirma",
             availability="24/7", landline="0980-319 284", email_domain="snofall.example",
             note="Ramavtal IR-2025-02. Säg avtalsnumret och 'kommunen är angripen'."),
    External("ext.ir.forensik", "Snöfall Incidentrespons AB", "Forensisk analytiker", "Incidentresponsfirma",
             availability="24/7", email_domain="snofall.example", name_key="cyrillic2"),
    External("ext.energi.drift", "Norrbacka Energi AB", "Driftcentral elnät", "Elleverantör, driftcentral",
             availability="24/7", landline="0980-319 285", email_domain="norrbackaenergi.example",
             rakel_tg="KOM NB KRIS-2"),
    External("ext.energi.ka", "Norrbacka Energi AB", "Kundansvarig företag", "Elleverantör, kund",
             landline="0980-319 286", email_domain="norrbackaenergi.example"),
    External("ext.försäkring", "Nordisk Kommunförsäkring AB", "Skadejour", "Försäkringsbolag",
             availability="24/7", landline="0980-319 287", email_domain="nkf.example",
             note="Försäkringsnummer KF-77120. Anmäl cyberskada inom 24 h för att behålla ersättningen."),
    External("ext.tele", "Nordtele AB", "Företagssupport växel", "Telefoni- och växelleverantör",
             availability="24/7", landline="0980-319 288", email_domain="nordtele.example"),
    External("ext.p4", "Sveriges Radio P4 Norrbotten", "Nyhetschef", "Lokalradio, VMA och krisinformation",
             availability="24/7", landline="0980-319 289", email_domain="p4.example",
             note="Meddelande till allmänheten: ring nyhetsdesken, uppge kodordet i krispärmens bilaga."),
    External("ext.tidning", "Norrbackabladet", "Redaktör", "Lokaltidning", landline="0980-319 290",
             email_domain="norrbackabladet.example"),
    External("ext.närradio", "Radio Norrbacka (närradio)", "Sändningsansvarig", "Närradio",
             landline="0980-319 291", email_domain="radionorrbacka.example"),
    External("ext.ica", "ICA Nära Norrbacka", "Butikschef", "Anslagstavla för kommunens meddelanden",
             landline="0980-319 292", email_domain="ica-norrbacka.example"),
    External("ext.kyrkan", "Svenska kyrkan, Norrbacka församling", "Kyrkoherde", "POSOM-grupp",
             landline="0980-319 293", email_domain="kyrkan.example"),
    External("ext.frg", "Civilförsvarsförbundet Norrbacka (FRG)", "Samordnare frivilliga resursgruppen",
             "Frivilliga resursgruppen", landline="0980-319 294", email_domain="frg.example", name_key="sami2"),
    External("ext.tolk", "Tolkförmedling Nord", "Tolk ryska och ukrainska", "Tolk",
             email_domain="tolknord.example", name_key="cyrillic1"),
    External("ext.tolk2", "Tolkförmedling Nord", "Tolk mandarin", "Tolk", email_domain="tolknord.example",
             name_key="chinese1"),
    External("ext.tolk3", "Tolkförmedling Nord", "Tolk nordsamiska", "Tolk", email_domain="tolknord.example",
             name_key="sami3"),
    External("ext.sameby", "Norrbacka sameby", "Ordförande", "Samebyns kontaktperson",
             email_domain="sameby.example", name_key="sami1", note="Kontaktas vid evakuering och renbetesfrågor."),
    External("ext.lön", "Lönepartner Norr AB", "Support lönesystem", "Leverantör lönesystem",
             landline="0980-319 295", email_domain="lonepartner.example"),
    External("ext.erp", "Ekonomisystem Norr AB", "Kundsupport", "Leverantör ekonomisystem",
             landline="0980-319 296", email_domain="ekonomisystem.example"),
    External("ext.omsorg", "Omsorgsdata AB", "Kundsupport", "Leverantör verksamhetssystem socialtjänst",
             availability="24/7", landline="0980-319 297", email_domain="omsorgsdata.example", name_key="chinese2"),
    External("ext.skolplattform", "Skolplattform Nord AB", "Kundsupport", "Leverantör skolplattform",
             landline="0980-319 298", email_domain="skolplattform.example", name_key="english3"),
    External("ext.scada", "Vattenautomation AB", "Servicetekniker (jour)", "Leverantör styrsystem VA",
             availability="24/7", landline="0980-319 299", email_domain="vattenautomation.example"),
    External("ext.lås", "Lås & Passage Norr AB", "Servicetekniker", "Leverantör passagesystem",
             availability="24/7", landline="0980-319 200", email_domain="laspassage.example"),
    External("ext.bränsle", "Nordbränsle AB", "Ordermottagning", "Diesel till reservkraft",
             availability="24/7", landline="0980-319 201", email_domain="nordbransle.example"),
    External("ext.buss", "Norrbacka Buss AB", "Trafikledare", "Bussar vid evakuering", availability="24/7",
             landline="0980-319 202", email_domain="norrbackabuss.example"),
    External("ext.vattenlab", "Norrlab Vattenanalys AB", "Laboratoriechef", "Vattenprover",
             landline="0980-319 203", email_domain="norrlab.example"),
    External("ext.konsult", "Beredskapskonsult Nord AB", "Senior konsult krisledning", "Konsult stabsstöd",
             landline="0980-319 204", email_domain="beredskapskonsult.example", name_key="sami4"),
    External("ext.tryckeri", "Tryckeri Norr AB", "Produktionsledare", "Tryck av anslag och informationsblad",
             landline="0980-319 205", email_domain="tryckerinorr.example"),
    External("ext.reservkraft", "Kraftservice Norr AB", "Servicetekniker reservkraft", "Service reservkraftverk",
             availability="24/7", landline="0980-319 206", email_domain="kraftservice.example"),
    External("ext.bevakning", "Bevakning Norr AB", "Larmcentral", "Väktare och bevakning", availability="24/7",
             landline="0980-319 207", email_domain="bevakningnorr.example"),
    External("ext.webbhotell", "Externt webbhotell (Molnsida AB)", "Support", "Krissida på extern server",
             availability="24/7", landline="0980-319 208", email_domain="molnsida.example",
             note="Krissidan krisinfo.norrbacka.example ligger här, skild från kommunens egen drift."),
    External("ext.sms", "Massutskick SMS AB", "Support", "SMS-utskick till invånare", availability="24/7",
             landline="0980-319 209", email_domain="massutskick.example"),
    External("ext.hemtjänstplan", "Planeringsdata AB", "Kundsupport", "Leverantör planeringssystem hemtjänst",
             landline="0980-319 210", email_domain="planeringsdata.example"),
    External("ext.skr", "Sveriges Kommuner och Regioner (SKR)", "Arbetsgivarrådgivare", "Arbetsrättsligt stöd",
             landline="0980-319 213", email_domain="skr.example"),
    External("ext.apotek", "Apoteket Norrbacka", "Apotekschef", "Läkemedelsförsörjning", landline="0980-319 214",
             email_domain="apotek.example"),
    External("ext.livs", "Livsmedelsgrossist Norr AB", "Kundtjänst", "Livsmedel till kök och boenden",
             landline="0980-319 215", email_domain="livsnorr.example"),
    External("ext.personalhälsa", "Företagshälsan Norr", "Beteendevetare", "Krisstöd till personal",
             landline="0980-319 216", email_domain="fhnorr.example", name_key="sami5"),
    External("ext.förråd", "Norrbotten Logistik AB", "Lagerchef", "Reservförråd och transporter",
             landline="0980-319 217", email_domain="nblogistik.example", name_key="cyrillic3"),
)
