"""Demo restoration priority list: 150 systems, services, device groups and sites.

Each asset depends only on assets listed before it with the same or a lower tier, so the
dependency graph is acyclic by construction (`build_assets` checks it anyway).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from demo_common import days_ago, uid

LIFE, DEMO, ECON = "life_health", "democracy_rule_of_law", "economy_property"
IT, SOC, HT, SK = "klg.itchef", "klg.socialchef", "klg.hemtjanstchef", "klg.skolchef"
HR, EK, RC, TC = "klg.hrchef", "klg.ekonomichef", "klg.raddningschef", "klg.tekniskchef"
KC, INF, SAK, LOGF = "klg.krisledningschef", "klg.informationsansvarig", "klg.sakerhetssamordnare", "klg.loggforare"
ND = "ext.itdrift.jour"
CORE = ("net.core", "dns", "ad")
INFRA = ("virt", "storage")

# tier -> (MTPD, RTO, RPO) in hours
TIER_TIMES = {1: (12, 6, 24), 2: (24, 12, 24), 3: (72, 48, 24), 4: (168, 72, 24), 5: (336, 168, 168)}


@dataclass
class A:
    key: str
    name: str
    kind: str
    tier: int
    value_class: str
    supports: str
    depends: tuple[str, ...] = ()
    owner: str = IT
    supplier: str = ""
    routine: str = ""
    devices: int = 0
    description: str = ""
    workaround: str = ""
    times: tuple[int, int, int] | None = None
    classification: str = ""


def _sys(key: str, name: str, tier: int, vc: str, supports: str, depends: tuple[str, ...] = CORE + INFRA,
         **kw: Any) -> A:
    return A(key, name, "system", tier, vc, supports, depends, **kw)


def _dg(key: str, name: str, tier: int, vc: str, supports: str, devices: int, owner: str, **kw: Any) -> A:
    return A(key, name, "device_group", tier, vc, supports, ("net.core", "ad", "mgmt", "edr"), owner=owner,
             supplier=ND, routine="datorer.ominstallation", devices=devices, **kw)


ASSETS: tuple[A, ...] = (
    # Tier 1: the foundation everything else needs
    A("site.serverhall", "Serverhall A (kommunhusets källare)", "site", 1, LIFE, "All IT-drift", owner=IT,
      description="Primär serverhall med kyla och reservkraft.", workaround="Serverhall B hos NordDrift IT."),
    A("power.dc", "Reservkraft serverhall", "service", 1, LIFE, "All IT-drift", ("site.serverhall",), owner=TC,
      supplier="ext.reservkraft", description="Dieselaggregat 200 kVA, bränsle för 72 timmar."),
    A("net.core", "Nätverkskärna (core-switchar)", "system", 1, LIFE, "All kommunikation i nätet",
      ("site.serverhall", "power.dc"), IT, ND, "nätverk.återställning",
      description="Två redundanta kärnswitchar, VLAN per verksamhet.",
      workaround="Fristående mobilt nät (4G-routrar) för reservdatorer."),
    A("fw", "Brandvägg och internetanslutning", "system", 1, LIFE, "All trafik till och från internet",
      ("net.core",), IT, ND, "nätverk.återställning", description="Kluster av två brandväggar."),
    A("net.isolerat", "Isolerat återställningsnät", "system", 1, LIFE, "Ren återställningsmiljö", ("power.dc",),
      IT, ND, description="Fysiskt skilt nät för återläsning efter angrepp. Förbereds i förväg, används endast "
                          "vid återställning."),
    A("net.mobil", "Fristående mobilt nät (4G-routrar)", "service", 1, LIFE, "Krisledning utan kommunens nät",
      owner=SAK, supplier="ext.tele", description="Sex 4G-routrar i reservledningsplatsens förråd."),
    _sys("dns", "DNS (namnuppslagning)", 1, LIFE, "All inloggning och e-post", ("net.core",), supplier=ND,
         routine="ad.återställning"),
    _sys("dhcp", "DHCP (adresstilldelning)", 1, LIFE, "Alla klienter i nätet", ("net.core",), supplier=ND,
         routine="ad.återställning", workaround="Fasta adresser för reservdatorerna enligt lista i krispärmen."),
    _sys("ad", "Active Directory (inloggning och behörigheter)", 1, LIFE, "All inloggning",
         ("net.core", "dns"), supplier=ND, routine="ad.återställning", classification="Konfidentialitet 3",
         description="Två domänkontrollanter i serverhall A, en i serverhall B."),
    _sys("mfa", "Tvåfaktorsinloggning (MFA)", 1, LIFE, "Fjärråtkomst och administratörer", ("ad", "fw"),
         supplier=ND, routine="ad.återställning"),
    _sys("pki", "Certifikattjänst (intern PKI)", 1, LIFE, "Krypterade förbindelser", ("ad",), supplier=ND),
    _sys("ntp", "Tidsserver (NTP)", 1, LIFE, "Korrekt tid i loggar och inloggning", ("net.core",), supplier=ND),
    _sys("virt", "Virtualiseringsplattform", 1, LIFE, "Alla servrar", ("net.core", "site.serverhall"),
         supplier=ND, description="Åtta värdar i kluster."),
    _sys("storage", "Lagringssystem (SAN)", 1, LIFE, "Alla servrar och filer", ("net.core", "site.serverhall"),
         supplier=ND),
    _sys("backup", "Backupserver (online)", 1, LIFE, "Återläsning av alla system", ("net.core", "storage"),
         supplier=ND, routine="backup.återläsning", classification="Konfidentialitet 3"),
    A("backup.offline", "Offline-säkerhetskopia (bandrobot i bergrum)", "system", 1, LIFE,
      "Återläsning efter angrepp", ("power.dc",), IT, ND, "backup.återläsning",
      description="Oföränderliga kopior, veckovis, 12 veckors historik.", classification="Konfidentialitet 3"),
    _sys("edr", "Skydd mot skadlig kod (EDR)", 1, LIFE, "Alla datorer och servrar", ("ad", "fw"), supplier=ND),
    _sys("mgmt", "Klienthantering (utrullning och uppdateringar)", 1, LIFE, "Alla datorer", ("ad", "virt"),
         supplier=ND, routine="datorer.ominstallation"),
    _sys("log.siem", "Logginsamling och larm (SIEM)", 1, LIFE, "Upptäckt av intrång", ("net.core", "ntp"),
         supplier="ext.ir.jour"),
    _sys("vpn", "Fjärråtkomst (VPN)", 1, LIFE, "Arbete på distans och jour", ("fw", "mfa"), supplier=ND),
    A("net.wan", "Stadsnät till enheterna (fiber)", "service", 1, LIFE, "Alla enheter utanför kommunhuset",
      ("net.core",), IT, "ext.energi.ka"),
    A("net.wifi", "Trådlöst nät", "system", 1, LIFE, "Surfplattor och bärbara datorer", ("net.core", "ad"), IT, ND),
    # Tier 2: life and health, and crisis communication
    A("rakel", "Rakel (radiokommunikation)", "service", 2, LIFE, "Samband för krisledning och räddningstjänst",
      owner=SAK, description="Åtta terminaler. Talgrupper KOM NB KRIS-1, KRIS-2 och LEDN.",
      workaround="Satellittelefon och springare."),
    A("satellit", "Satellittelefoner (Iridium)", "service", 2, LIFE, "Samband när tele och mobilnät är nere",
      owner=SAK, description="Fyra telefoner: krisledningschef, TiB, IT-chef, räddningschef."),
    _sys("tele", "Växel och IP-telefoni", 2, LIFE, "Invånarnas och personalens kontakt med kommunen",
         ("net.core", "dns"), owner="unit.1.0", supplier="ext.tele", routine="växel",
         workaround="Vidarekoppling till reservmobil i servicecentret."),
    _sys("mobil.mdm", "Mobilhantering (MDM) och tjänstemobiler", 2, LIFE, "Tjänstemobiler och surfplattor",
         ("ad", "mfa"), supplier="ext.tele"),
    A("krissida", "Krissida på extern server", "service", 2, LIFE, "Information till invånarna när webben är nere",
      owner=INF, supplier="ext.webbhotell", routine="media", description="krisinfo.norrbacka.example, "
      "skild från kommunens drift. Inloggning med fysisk säkerhetsnyckel i kassaskåpet."),
    A("sms", "SMS-utskick till invånare", "service", 2, LIFE, "Varningar och information", owner=INF,
      supplier="ext.sms"),
    A("wis", "WIS (lägesrapportering till länsstyrelsen)", "service", 2, DEMO, "Lägesbild till länsstyrelsen",
      owner=SAK, description="Nås från reservdator via mobilt nät.", workaround="Läs upp lägesrapporten via Rakel."),
    _sys("mail", "E-post", 2, LIFE, "Kommunikation inom och utanför kommunen", CORE + INFRA + ("fw", "mfa"),
         supplier=ND, routine="epost.återställning", workaround="Funktionsadresser på extern e-posttjänst."),
    _sys("homecare.plan", "Planeringssystem hemtjänst", 2, LIFE, "Hemtjänstens besök (ca 480 brukare)",
         owner=HT, supplier="ext.hemtjänstplan", routine="hemtjänst.papper",
         workaround="Pappersscheman utskrivna två veckor framåt.", classification="Konfidentialitet 3"),
    _sys("case.soc", "Verksamhetssystem socialtjänst", 2, LIFE, "Socialtjänst, bistånd, LSS och äldreomsorg",
         owner=SOC, supplier="ext.omsorg", routine="nödutbetalning", classification="Konfidentialitet 3",
         workaround="Pappersjournal på blankett S1, efterregistrering."),
    _sys("ehr.link", "Journalkoppling till regionen (NPÖ)", 2, LIFE, "Läkemedel och journaluppgifter",
         (*CORE, "fw", "mfa"), owner="klg.socialchef.dep2", supplier="ext.region.vård",
         workaround="Ring vårdcentralen för läkemedelslistor."),
    _sys("läkemedel", "Digital läkemedelssignering", 2, LIFE, "Läkemedelsgivning i hemtjänst och boenden",
         owner="klg.socialchef.dep2", supplier="ext.omsorg", workaround="Papperssigneringslistor från apoteket."),
    _sys("larm", "Mottagning av trygghetslarm", 2, LIFE, "Ca 320 brukare med trygghetslarm", ("net.core",),
         owner=HT, supplier="ext.omsorg", routine="trygghetslarm", times=(2, 1, 0)),
    _sys("nyckelfri", "Digitala nyckellås hemtjänst", 2, LIFE, "Hemtjänstens tillträde till brukare",
         ("net.core", "mobil.mdm"), owner=HT, supplier="ext.lås",
         workaround="Nyckelskåp med reservnycklar på hemtjänstens kontor."),
    _sys("schema", "Schemaläggning och bemanning", 2, LIFE, "Bemanning i omsorgen", owner=HR, supplier="ext.lön",
         workaround="Utskrivna scheman två veckor framåt."),
    _sys("hsl.dok", "Dokumentation hemsjukvård", 2, LIFE, "Sjuksköterskornas journalföring",
         owner="klg.socialchef.dep2", supplier="ext.omsorg", classification="Konfidentialitet 3"),
    A("scada", "Styrsystem vatten och avlopp (SCADA, isolerat)", "system", 2, LIFE,
      "Dricksvatten och avlopp för 14 000 invånare", ("power.dc",), TC, "ext.scada", "vattenförorening",
      description="Eget isolerat nät utan koppling till kommunens kontorsnät.",
      workaround="Manuell drift på plats enligt driftpärmen i vattenverket.", times=(4, 2, 24)),
    _sys("rtj.ledning", "Räddningstjänstens ledningsstöd", 2, LIFE, "Insatser och larm", ("net.core",),
         owner=RC, supplier="ext.sos"),
    _sys("fastighet.styr", "Fastighetsautomation (värme och ventilation)", 2, LIFE, "Värme på boenden och skolor",
         ("net.core",), owner="klg.tekniskchef.dep2", supplier="ext.reservkraft",
         workaround="Manuell drift av undercentraler enligt instruktion."),
    _sys("brandlarm", "Överföring av brandlarm", 2, LIFE, "Brandlarm från boenden och skolor", ("net.wan",),
         owner=RC, supplier="ext.bevakning", times=(1, 1, 0)),
    _sys("video", "Videomöten", 2, LIFE, "Krisledningens möten på distans", ("ad", "fw", "mfa"), supplier=ND),
    _dg("dg.klg.datorer", "Krisledningens datorer", 2, LIFE, "Krisledning och stab", 25, KC),
    _dg("dg.reservdatorer", "Reservdatorer i kassaskåp (ej anslutna)", 2, LIFE, "Krisledning utan kommunens nät", 12,
        SAK, description="Förinstallerade, uppdateras varje månad, förvaras frånkopplade."),
    A("dg.reservmobiler", "Reservmobiler med kontantkort", "device_group", 2, LIFE, "Växelns reservnummer",
      owner=SAK, supplier="ext.tele", devices=20),
    _dg("dg.hemtjänst.plattor", "Hemtjänstens surfplattor", 2, LIFE, "Besök och dokumentation i hemtjänsten", 140,
        HT),
    _dg("dg.boenden.datorer", "Datorer på särskilda boenden", 2, LIFE, "Omvårdnad och läkemedel", 60, SOC),
    _dg("dg.soc.datorer", "Socialtjänstens datorer", 2, LIFE, "Myndighetsutövning och bistånd", 85, SOC),
    _dg("dg.rtj", "Räddningstjänstens datorer och plattor", 2, LIFE, "Insatser", 25, RC),
    _dg("dg.va", "Vattenverkets operatörsdatorer", 2, LIFE, "Drift av vatten och avlopp", 6, TC),
    A("site.kommunhus", "Kommunhuset", "site", 2, DEMO, "Ledning, servicecenter, administration",
      ("power.dc",), TC, "ext.bevakning", "lokalbortfall", description="Storgatan 12. Krisledningens rum 214."),
    A("site.reservledning", "Reservledningsplats (räddningsstationen)", "site", 2, LIFE,
      "Krisledning när kommunhuset är obrukbart", owner=SAK, routine="reservledningsplats"),
    A("power.reservledning", "Reservkraft reservledningsplatsen", "service", 2, LIFE, "Krisledning vid elavbrott",
      ("site.reservledning",), TC, "ext.reservkraft"),
    A("site.räddningsstation", "Räddningsstationen", "site", 2, LIFE, "Räddningstjänst", owner=RC),
    A("site.vattenverk", "Norrbacka vattenverk", "site", 2, LIFE, "Dricksvatten", owner=TC, supplier="ext.scada",
      routine="vattenförorening", times=(12, 4, 24)),
    A("site.reningsverk", "Avloppsreningsverket", "site", 2, LIFE, "Avlopp", owner=TC),
    A("site.björkgården", "Björkgårdens äldreboende", "site", 2, LIFE, "64 boende", owner=SOC,
      routine="brand.boende"),
    A("site.solbacka", "Solbacka äldreboende", "site", 2, LIFE, "48 boende", owner=SOC, routine="brand.boende"),
    A("site.hemtjänst", "Hemtjänstens kontor och bilpark", "site", 2, LIFE, "Hemtjänst", owner=HT),
    A("site.sporthall", "Norrbacka sporthall (utrymningsplats)", "site", 2, LIFE, "Utrymning och stödcenter",
      owner=TC, routine="evakuering"),
    A("fjärrvärme", "Fjärrvärme till boenden och skolor", "service", 2, LIFE, "Värme", owner=TC,
      supplier="ext.energi.ka"),
    A("el", "Elförsörjning kommunens fastigheter", "service", 2, LIFE, "All verksamhet", owner=TC,
      supplier="ext.energi.drift", routine="strömavbrott"),
    A("bränsle", "Diesel till reservkraft", "service", 2, LIFE, "Reservkraft", owner=TC, supplier="ext.bränsle"),
    A("livsmedel.lev", "Livsmedelsleveranser", "service", 2, LIFE, "Mat till boenden och skolor", owner="unit.11.0",
      supplier="ext.livs", routine="livsmedel"),
    A("site.centralkök", "Centralköket", "site", 2, LIFE, "Matlådor och skolmat", owner="unit.11.0",
      routine="livsmedel"),
    # Tier 3: democracy, rule of law, schools
    _sys("diarie", "Ärende- och diariesystem", 3, DEMO, "Registrering av allmänna handlingar", owner=LOGF,
         supplier=ND, routine="krisledningsnämnd", workaround="Pappersdiarium, efterregistrering."),
    _sys("nämnd", "Nämndadministration", 3, DEMO, "Kallelser och protokoll", ("diarie",), owner=LOGF, supplier=ND),
    _sys("earkiv", "E-arkiv", 3, DEMO, "Bevarande av handlingar", owner=LOGF, supplier=ND),
    _sys("web", "Webbplats norrbacka.example", 3, DEMO, "Information och e-tjänster", ("fw",), owner=INF,
         supplier="ext.webbhotell", workaround="Krissidan på extern server."),
    _sys("etjänst", "E-tjänsteplattform", 3, DEMO, "Ansökningar från invånare", ("web", "ad"), owner=INF,
         supplier="ext.webbhotell"),
    _sys("school", "Skolplattform", 3, LIFE, "Frånvaro, schema och kontakt med vårdnadshavare", ("fw",), owner=SK,
         supplier="ext.skolplattform", routine="skolstängning", workaround="SMS-utskick och pappersnärvaro."),
    _sys("elevhälsa", "Elevhälsans journalsystem", 3, LIFE, "Skolsköterskor och kuratorer", owner=SK,
         supplier="ext.skolplattform", classification="Konfidentialitet 3"),
    _sys("files", "Filserver (gemensamma mappar)", 3, DEMO, "Dokument för alla förvaltningar", supplier=ND),
    _sys("navet", "Folkbokföringsavisering", 3, DEMO, "Aktuella adresser till alla system", ("fw", *CORE),
         supplier=ND),
    _sys("överförmyndare", "Överförmyndarsystem", 3, DEMO, "Gode män och förvaltare", owner=SOC, supplier=ND),
    _sys("bygglov", "Ärendesystem bygglov", 3, DEMO, "Myndighetsutövning bygg", owner=TC, supplier=ND),
    _sys("miljö", "Tillsynssystem miljö och hälsoskydd", 3, LIFE, "Livsmedelskontroll och tillsyn", owner=TC,
         supplier=ND),
    _sys("val", "Valadministration", 3, DEMO, "Val och folkomröstningar", owner=LOGF, supplier=ND),
    _sys("gis", "Kartor och GIS", 3, LIFE, "Kartor för räddningstjänst och VA", owner=TC, supplier=ND),
    _sys("intranet", "Intranät", 3, DEMO, "Information till personalen", owner=INF, supplier=ND,
         workaround="Anslag i personalrum och SMS till chefer."),
    _sys("ifo.stöd", "Stöd för orosanmälningar", 3, LIFE, "Barn som far illa", ("case.soc",), owner=SOC,
         supplier="ext.omsorg", classification="Konfidentialitet 3"),
    _sys("avvikelse", "Avvikelsesystem", 3, LIFE, "Lex Sarah och Lex Maria", owner=SOC, supplier="ext.omsorg"),
    _sys("kameror", "Kameraövervakning", 3, ECON, "Skydd av kommunhus och vattenverk", ("net.core",), owner=SAK,
         supplier="ext.bevakning"),
    A("door", "Passagesystem (kort och koder)", "system", 3, ECON, "Tillträde till lokaler", ("net.core", "ad"),
      "klg.tekniskchef.dep2", "ext.lås", "passagesystem", workaround="Mekaniska nycklar och bemannade entréer."),
    _dg("dg.skola.personal", "Skolpersonalens datorer", 3, DEMO, "Undervisning och administration", 180, SK),
    _dg("dg.förskola", "Förskolornas surfplattor", 3, DEMO, "Närvaro och dokumentation", 60, SK),
    _dg("dg.kansli", "Kansliets och politikernas datorer", 3, DEMO, "Nämnder och politik", 40, LOGF),
    A("site.norrbackaskolan", "Norrbackaskolan", "site", 3, LIFE, "520 elever, värmestuga vid elavbrott",
      owner=SK, routine="skolstängning"),
    A("site.älvängsskolan", "Älvängsskolan", "site", 3, LIFE, "310 elever", owner=SK, routine="skolstängning"),
    A("site.bibliotek", "Huvudbiblioteket (informationspunkt)", "site", 3, DEMO, "Information och anslag",
      owner="unit.19.0"),
    A("post", "Post och internpost", "service", 3, DEMO, "Beslut och brev till invånare", owner=LOGF),
    # Tier 4: economy and property
    _sys("payroll", "Lönesystem", 4, ECON, "Lön till 1 450 anställda", owner=HR, supplier="ext.lön", routine="lön",
         times=(120, 72, 24), workaround="Schablonutbetalning enligt föregående månad."),
    _sys("erp", "Ekonomisystem", 4, ECON, "Bokföring, betalningar och budget", owner=EK, supplier="ext.erp",
         routine="nödutbetalning"),
    _sys("hr", "HR-system (personaluppgifter)", 4, ECON, "Anställningar och behörigheter", owner=HR,
         supplier="ext.lön", classification="Konfidentialitet 3"),
    _sys("tid", "Tidrapportering", 4, ECON, "Övertid och frånvaro", ("payroll",), owner=HR, supplier="ext.lön"),
    _sys("faktura", "Leverantörsfakturor (skanning och attest)", 4, ECON, "Betalning till leverantörer", ("erp",),
         owner=EK, supplier="ext.erp"),
    _sys("bank", "Bankintegration (betalfiler)", 4, ECON, "Utbetalningar", ("erp", "fw"), owner=EK,
         supplier="ext.erp"),
    _sys("kundres", "Kundreskontra och fakturering", 4, ECON, "Avgifter för omsorg, VA och barnomsorg", ("erp",),
         owner=EK, supplier="ext.erp"),
    _sys("va.debitering", "VA-debitering", 4, ECON, "Fakturor för vatten och avlopp", ("kundres",), owner=TC,
         supplier="ext.erp"),
    _sys("omsorgsavgift", "Avgiftshandläggning omsorg", 4, ECON, "Avgifter i äldreomsorgen", ("case.soc",),
         owner=SOC, supplier="ext.omsorg"),
    _sys("barnomsorg.avgift", "Placering och avgifter barnomsorg", 4, ECON, "Köer och avgifter förskola",
         owner=SK, supplier="ext.skolplattform"),
    _sys("inköp", "E-handel och inköp", 4, ECON, "Beställningar", ("erp",), owner=EK, supplier="ext.erp"),
    _sys("avtal", "Avtalsdatabas", 4, ECON, "Upphandlade avtal och kontaktuppgifter", owner=EK, supplier=ND,
         workaround="Utskrift av de 30 viktigaste avtalen i krispärmen."),
    _sys("budget", "Budget- och prognosverktyg", 4, ECON, "Uppföljning", ("erp",), owner=EK, supplier="ext.erp"),
    _sys("fastighet.sys", "Fastighetssystem", 4, ECON, "Lokaler och hyror", owner="klg.tekniskchef.dep2",
         supplier=ND),
    _sys("felanmälan", "Felanmälan fastighet", 4, ECON, "Felanmälan från verksamheterna", ("fastighet.sys",),
         owner="klg.tekniskchef.dep2", supplier=ND, workaround="Felanmälan per telefon till driftchefen."),
    _sys("bilpool", "Bilpool och fordonsbokning", 4, ECON, "Fordon till hemtjänst och tekniska", owner=TC,
         supplier=ND),
    _sys("lokalbokning", "Lokalbokning", 4, ECON, "Bokning av sporthallar och lokaler", owner=TC, supplier=ND),
    _sys("pension", "Pensionsadministration", 4, ECON, "Pensionsunderlag", ("payroll",), owner=HR, supplier="ext.lön"),
    _sys("rekrytering", "Rekryteringssystem", 4, ECON, "Anställning av vikarier", owner=HR, supplier="ext.lön"),
    _sys("vikarie", "Vikarieförmedling", 4, LIFE, "Korttidsvikarier i omsorg och skola", ("schema",), owner=HR,
         supplier="ext.lön", workaround="Vikarielistan på papper i servicecentret."),
    _sys("försäkring.reg", "Försäkrings- och skaderegister", 4, ECON, "Skadeanmälningar", owner=EK, supplier=ND),
    _dg("dg.ekonomi.datorer", "Ekonomi-, löne- och HR-datorer", 4, ECON, "Ekonomi, lön och HR", 45, EK),
    _dg("dg.hr.datorer", "Servicecentrets datorer", 4, ECON, "Servicecenter och växel", 30, "unit.1.0"),
    _dg("dg.teknik", "Tekniska förvaltningens datorer", 4, ECON, "Teknik, fastighet och VA-administration", 55, TC),
    _dg("dg.kommunhus.övriga", "Övriga datorer i kommunhuset", 4, ECON, "Administration", 110, KC),
    A("skrivare", "Skrivare och utskriftstjänst", "system", 4, ECON, "Utskrift av scheman och blanketter",
      (*CORE, "virt"), IT, ND, workaround="Två fristående skrivare på reservledningsplatsen."),
    A("site.förråd", "Kommunförrådet", "site", 4, ECON, "Reservmaterial och nödvattentankar", owner=TC),
    A("transporter", "Godstransporter och matleveranser", "service", 4, ECON, "Leveranser till enheterna",
      owner="unit.11.0", supplier="ext.förråd"),
    A("bevakning.tj", "Bevakning och väktare", "service", 4, ECON, "Skydd av lokaler", owner=SAK,
      supplier="ext.bevakning"),
    A("tryck", "Tryckeri (anslag och informationsblad)", "service", 4, DEMO, "Tryckt information vid avbrott",
      owner=INF, supplier="ext.tryckeri"),
    # Tier 5: can wait
    _sys("bibliotek.sys", "Bibliotekssystem", 5, DEMO, "Utlåning", owner="unit.19.0", supplier=ND),
    _sys("kulturskola", "Kulturskolans administration", 5, ECON, "Anmälan och avgifter", owner="unit.19.0",
         supplier=ND),
    _sys("fritid", "Fritidsgårdarnas bokning", 5, ECON, "Aktiviteter", owner="unit.19.0", supplier=ND),
    _sys("bi", "Statistik och beslutsstöd", 5, ECON, "Uppföljning", ("erp",), owner=EK, supplier=ND),
    _sys("lärplattform", "Lärplattform för elever", 5, DEMO, "Undervisning", ("school",), owner=SK,
         supplier="ext.skolplattform"),
    _sys("skolskjuts", "Skolskjutsplanering", 5, LIFE, "Skolskjuts", owner=SK, supplier="ext.buss"),
    _sys("matsedel", "Matsedel och specialkost", 5, LIFE, "Specialkost och allergier", owner="unit.11.0",
         supplier=ND, workaround="Utskriven allergilista i varje kök."),
    _sys("energiuppf", "Energiuppföljning", 5, ECON, "Energistatistik", ("fastighet.styr",), owner=TC, supplier=ND),
    _sys("utbildning", "Utbildningsplattform för personal", 5, ECON, "Introduktion och utbildning", owner=HR,
         supplier=ND),
    _sys("ritning", "Ritningsarkiv", 5, ECON, "Ritningar för fastigheter", ("files",), owner=TC, supplier=ND),
    _sys("signatur", "E-underskrift", 5, DEMO, "Digitala underskrifter av avtal", ("ad", "fw"), owner=LOGF,
         supplier=ND),
    _sys("medborgardialog", "Medborgardialog och synpunkter", 5, DEMO, "Synpunkter från invånare", ("web",),
         owner=INF, supplier="ext.webbhotell"),
    _sys("arkiv.papper", "Pappersarkivets register", 5, DEMO, "Sökning i äldre handlingar", owner=LOGF,
         supplier=ND),
    _sys("färdtjänst", "Färdtjänsthandläggning", 5, LIFE, "Tillstånd för färdtjänst", ("case.soc",), owner=SOC,
         supplier="ext.omsorg"),
    _sys("bostadsanpassning", "Bostadsanpassning", 5, LIFE, "Bidrag för bostadsanpassning", owner=SOC,
         supplier="ext.omsorg"),
    _sys("kartportal", "Kartportal för invånare", 5, ECON, "Kartor på webben", ("gis", "web"), owner=TC,
         supplier=ND),
    _sys("mätinsamling", "Insamling av vattenmätare", 5, ECON, "Avläsning av vattenmätare", ("va.debitering",),
         owner=TC, supplier="ext.scada"),
    _sys("avfall", "Avfallsabonnemang", 5, ECON, "Sophämtning", ("kundres",), owner=TC, supplier=ND),
    _sys("gatubelysning", "Styrning av gatubelysning", 5, LIFE, "Belysning på gator", ("net.wan",), owner=TC,
         supplier="ext.energi.ka"),
    _sys("trafik", "Trafiksignaler och vägväder", 5, LIFE, "Trafiksäkerhet", ("net.wan",), owner=TC, supplier=ND),
    _dg("dg.skola.elevdatorer", "Elevdatorer", 5, DEMO, "Undervisning", 300, SK),
    _dg("dg.bibliotek", "Publika datorer på biblioteken", 5, DEMO, "Invånarnas datortillgång", 20, "unit.19.0"),
    A("site.kulturhus", "Kulturhuset", "site", 5, DEMO, "Kultur och möteslokaler", owner="unit.19.0"),
    A("site.badhus", "Badhuset", "site", 5, ECON, "Fritid, reservvatten för räddningstjänsten", owner=TC),
    A("site.förskola.solen", "Förskolan Solen", "site", 5, LIFE, "85 barn", owner=SK),
    A("site.förskola.björnen", "Förskolan Björnen", "site", 5, LIFE, "60 barn", owner=SK),
    A("site.återvinning", "Återvinningscentralen", "site", 5, ECON, "Avfall", owner=TC),
    A("site.depå", "Tekniska förvaltningens depå", "site", 5, ECON, "Fordon och maskiner", owner=TC),
)


def _backup_location(asset: A) -> str:
    if asset.kind == "system":
        return "Daglig kopia i serverhall B; veckovis oföränderlig kopia på band i bergrum"
    if asset.kind == "device_group":
        return "Installationsbild på offline-disk i kassaskåp rum 118"
    return ""


def build_assets(rng: random.Random) -> list[dict[str, Any]]:
    """Asset records with ids; ranks follow list order."""
    keys = [a.key for a in ASSETS]
    if len(set(keys)) != len(keys):
        raise AssertionError("duplicate asset key")
    position = {key: i for i, key in enumerate(keys)}
    tiers = {a.key: a.tier for a in ASSETS}
    out = []
    for rank, asset in enumerate(ASSETS, start=1):
        for dep in asset.depends:
            if position[dep] >= position[asset.key] or tiers[dep] > asset.tier:
                raise AssertionError(f"{asset.key} depends on later asset {dep}")
        mtpd, rto, rpo = asset.times or TIER_TIMES[asset.tier]
        record: dict[str, Any] = {
            "id": uid("asset", asset.key), "name": asset.name, "asset_kind": asset.kind,
            "description": asset.description, "tier": asset.tier, "rank": rank, "value_class": asset.value_class,
            "supports": asset.supports, "mtpd_h": mtpd, "rto_h": rto, "rpo_h": rpo,
            "owner": uid("contact", asset.owner),
            "depends_on": [uid("asset", d) for d in asset.depends],
            "backup_location": _backup_location(asset), "workaround": asset.workaround,
            "device_count": asset.devices or None, "classification": asset.classification or
            ("Konfidentialitet 2" if asset.kind == "system" else ""),
        }
        if asset.supplier:
            record["supplier"] = uid("contact", asset.supplier)
        if asset.routine:
            record["restoration_routine"] = uid("routine", asset.routine)
        if asset.kind == "system":
            record["last_restore_test"] = days_ago(rng.randint(20, 420))
        out.append(record)
    return out
