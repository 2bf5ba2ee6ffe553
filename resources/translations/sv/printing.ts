<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>printing</name>
    <message>
        <source>The binder could not be built (the print process stopped, exit code {code}).</source>
        <translation>Pärmen kunde inte skapas (utskriftsprocessen avbröts, slutkod {code}).</translation>
    </message>
    <message>
        <source>The binder could not be built: {reason}</source>
        <translation>Pärmen kunde inte skapas: {reason}</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the binder as a PDF with 'binder pdf' and print it on a computer that has a printer.</source>
        <translation>Ingen skrivare är installerad på den här datorn. Spara pärmen som PDF med 'binder pdf' och skriv ut den på en dator som har en skrivare.</translation>
    </message>
    <message>
        <source>There is no printer called '{printer}'. Printers: {printers}.</source>
        <translation>Det finns ingen skrivare som heter '{printer}'. Skrivare: {printers}.</translation>
    </message>
    <message>
        <source>No default printer is set. Choose one with --printer: {printers}.</source>
        <translation>Ingen standardskrivare är vald. Välj en med --printer: {printers}.</translation>
    </message>
    <message>
        <source>Printing from memory is not possible on Windows; print the saved PDF file.</source>
        <translation>Utskrift direkt från minnet går inte i Windows; skriv ut den sparade PDF-filen.</translation>
    </message>
    <message>
        <source>There is no file {path} to print.</source>
        <translation>Det finns ingen fil {path} att skriva ut.</translation>
    </message>
    <message>
        <source>The printer refused the job: {reason}</source>
        <translation>Skrivaren avvisade utskriften: {reason}</translation>
    </message>
    <message>
        <source>The print system did not answer ({reason}).</source>
        <translation>Utskriftssystemet svarade inte ({reason}).</translation>
    </message>
    <message>
        <source>Windows could not print the file ({reason}). Is a printer and a PDF reader installed?</source>
        <translation>Windows kunde inte skriva ut filen ({reason}). Finns en skrivare och ett PDF-program installerade?</translation>
    </message>
    <message>
        <source>Version {version} · valid as of {date}</source>
        <translation>Version {version} · gäller per {date}</translation>
    </message>
    <message>
        <source>Crisis binder, version {version}</source>
        <translation>Krispärm, version {version}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Sida {page} av {total}</translation>
    </message>
    <message>
        <source>Crisis binder</source>
        <translation>Krispärm</translation>
    </message>
    <message>
        <source>(continued below the table, note {number})</source>
        <translation>(fortsätter under tabellen, not {number})</translation>
    </message>
    <message>
        <source>Note {number}: {owner}, {field}</source>
        <translation>Not {number}: {owner}, {field}</translation>
    </message>
    <message>
        <source>{date}, version {version}</source>
        <translation>{date}, version {version}</translation>
    </message>
    <message>
        <source>Reading the vault</source>
        <translation>Läser valvet</translation>
    </message>
    <message>
        <source>No sections chosen. Sections: {sections}.</source>
        <translation>Inga avsnitt valda. Avsnitt: {sections}.</translation>
    </message>
    <message>
        <source>Unknown language '{language}'; use sv or en.</source>
        <translation>Okänt språk '{language}'; använd sv eller en.</translation>
    </message>
    <message>
        <source>Unknown paper size '{paper}'; use a4 or letter.</source>
        <translation>Okänt pappersformat '{paper}'; använd a4 eller letter.</translation>
    </message>
    <message>
        <source>The copy number must be between 1 and 9999.</source>
        <translation>Exemplarnumret måste vara mellan 1 och 9999.</translation>
    </message>
    <message>
        <source>pages {pages} of the print of {date} (version {version})</source>
        <translation>sidorna {pages} i utskriften från {date} (version {version})</translation>
    </message>
    <message>
        <source>Preparing: {section}</source>
        <translation>Förbereder: {section}</translation>
    </message>
    <message>
        <source>Laying out page {page}</source>
        <translation>Sätter sida {page}</translation>
    </message>
    <message>
        <source>Unknown section '{name}'. Sections: {sections}.</source>
        <translation>Okänt avsnitt '{name}'. Avsnitt: {sections}.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last print; there is nothing to reprint.</source>
        <translation>Inget har ändrats sedan senaste utskriften; det finns inget att skriva ut på nytt.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Försättsblad</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>The first hour</source>
        <translation>Första timmen</translation>
    </message>
    <message>
        <source>Restoration priority list</source>
        <translation>Prioriteringslista för återställning</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>Staff and mutual aid</source>
        <translation>Personal och samverkan</translation>
    </message>
    <message>
        <source>Incident log so far</source>
        <translation>Loggbok hittills</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Blanketter</translation>
    </message>
    <message>
        <source>The crisis team</source>
        <translation>Krisledningsgruppen</translation>
    </message>
    <message>
        <source>Restore first (top {count})</source>
        <translation>Återställ först (topp {count})</translation>
    </message>
    <message>
        <source>Start here. 1. Activate the crisis team with the activation routine. 2. Call the crisis team (deputy if no answer). 3. Restore systems in the order of the top list. 4. Write every decision in the incident log.</source>
        <translation>Börja här. 1. Aktivera krisledningen med aktiveringsrutinen. 2. Ring krisledningsgruppen (ersättaren om ingen svarar). 3. Återställ system i topplistans ordning. 4. Skriv varje beslut i loggboken.</translation>
    </message>
    <message>
        <source>Channels, in calling order</source>
        <translation>Kanaler, i ringordning</translation>
    </message>
    <message>
        <source>Deputies, in order</source>
        <translation>Ersättare, i tur</translation>
    </message>
    <message>
        <source>Number(s)</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>No activation routine is marked for the first hour. Use the routines section or a blank routine-run sheet.</source>
        <translation>Ingen aktiveringsrutin är markerad för första timmen. Använd avsnittet Rutiner eller en tom rutinblankett.</translation>
    </message>
    <message>
        <source>No crisis roles are recorded. Write the crisis team here.</source>
        <translation>Inga krisroller är registrerade. Skriv upp krisledningsgruppen här.</translation>
    </message>
    <message>
        <source>No restoration priorities are recorded.</source>
        <translation>Inga återställningsprioriteringar är registrerade.</translation>
    </message>
    <message>
        <source>Manual workaround</source>
        <translation>Manuell reservrutin</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tier / rank</source>
        <translation>Nivå / rang</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>Värdeklass</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Tidsgränser</translation>
    </message>
    <message>
        <source>Owner and supplier</source>
        <translation>Ägare och leverantör</translation>
    </message>
    <message>
        <source>Workaround and backup</source>
        <translation>Reservrutin och säkerhetskopia</translation>
    </message>
    <message>
        <source>Reimage list for device groups</source>
        <translation>Ominstallationslista för enhetsgrupper</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stöder</translation>
    </message>
    <message>
        <source>Needs first</source>
        <translation>Kräver först</translation>
    </message>
    <message>
        <source>Done (date, time, by)</source>
        <translation>Klart (datum, tid, av)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Reimage the device groups in this order: a group comes after the systems it depends on.</source>
        <translation>Installera om enhetsgrupperna i denna ordning: en grupp kommer efter de system den är beroende av.</translation>
    </message>
    <message>
        <source>Restore in this order: by tier and rank, but never before the systems an asset depends on. MTPD: maximum tolerable outage; RTO: time to restore; RPO: data that may be lost.</source>
        <translation>Återställ i denna ordning: efter nivå och rang, men aldrig före de system som systemet är beroende av. MTPD: längsta tolerabla avbrott; RTO: tid att återställa; RPO: data som får gå förlorad.</translation>
    </message>
    <message>
        <source>MTPD</source>
        <translation>MTPD</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation>Senaste återläsningstest</translation>
    </message>
    <message>
        <source>No device groups are recorded.</source>
        <translation>Inga enhetsgrupper är registrerade.</translation>
    </message>
    <message>
        <source>No systems are recorded in the restoration list. Use the blank restoration status board at the back.</source>
        <translation>Inga system finns i återställningslistan. Använd den tomma statustavlan för återställning längst bak.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Informationsklass</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Author / role</source>
        <translation>Skribent / roll</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Notering</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>notering {number}</translation>
    </message>
    <message>
        <source>{count} entries, oldest first. Continue on the blank incident log sheets with number {next}.</source>
        <translation>{count} noteringar, äldst först. Fortsätt på de tomma loggbladen med nummer {next}.</translation>
    </message>
    <message>
        <source>The incident log on this computer is empty. Keep the log on the blank incident log sheets at the back.</source>
        <translation>Loggboken på den här datorn är tom. För loggen på de tomma loggbladen längst bak.</translation>
    </message>
    <message>
        <source>HIGH PRIORITY</source>
        <translation>HÖG PRIORITET</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Berörda</translation>
    </message>
    <message>
        <source>Corrects entry</source>
        <translation>Rättar notering</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Ringer till</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Ringt kl.</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Work down the list. Each caller phones the people below them, notes the time, and ticks 'callback' when the person has called back to confirm. No answer: leave a message, call the first deputy, and note it.</source>
        <translation>Arbeta uppifrån och ned. Varje person ringer dem som står under sig, antecknar tiden och kryssar i 'Bekräftad' när personen har ringt tillbaka och bekräftat. Inget svar: lämna meddelande, ring första ersättaren och anteckna det.</translation>
    </message>
    <message>
        <source>No call tree is recorded. Fill in this one by hand.</source>
        <translation>Inget ringträd är registrerat. Fyll i detta för hand.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Personallista</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Reach at</source>
        <translation>Nås på</translation>
    </message>
    <message>
        <source>Shift plan</source>
        <translation>Passchema</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Rest warnings</source>
        <translation>Varningar om vila</translation>
    </message>
    <message>
        <source>Mutual-aid partners</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Can provide</source>
        <translation>Kan bistå med</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>How to request aid</source>
        <translation>Så begärs hjälp</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>No staff are recorded.</source>
        <translation>Ingen personal är registrerad.</translation>
    </message>
    <message>
        <source>No shifts are planned.</source>
        <translation>Inga pass är planerade.</translation>
    </message>
    <message>
        <source>No mutual-aid partners are recorded.</source>
        <translation>Inga samverkanspartner är registrerade.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Availability and notes</source>
        <translation>Tillgänglighet och anteckningar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Sensitive: private numbers</source>
        <translation>Känsligt: privata nummer</translation>
    </message>
    <message>
        <source>⚠ STALE: verified {date}</source>
        <translation>⚠ INAKTUELL: verifierad {date}</translation>
    </message>
    <message>
        <source>Verified {date}</source>
        <translation>Verifierad {date}</translation>
    </message>
    <message>
        <source>Other contacts (no crisis role)</source>
        <translation>Övriga kontakter (ingen krisroll)</translation>
    </message>
    <message>
        <source>No contacts are recorded in the binder yet. Write the numbers you need on the blank contact list at the back.</source>
        <translation>Inga kontakter finns i pärmen ännu. Skriv de nummer ni behöver på den tomma kontaktlistan längst bak.</translation>
    </message>
    <message>
        <source>Contacts are grouped by crisis role, then organisation. Call the channels in the order given; if there is no answer, call the first deputy. ⚠ STALE marks contacts not verified in the last {days} days.</source>
        <translation>Kontakterna är grupperade efter krisroll och sedan organisation. Ring kanalerna i angiven ordning; svarar ingen, ring första ersättaren. ⚠ INAKTUELL markerar kontakter som inte verifierats de senaste {days} dagarna.</translation>
    </message>
    <message>
        <source>Sheet no. ______  Date ____________  Kept by ______________________  Kind: D = decision, A = action, I = information, N = notification, S = situation report</source>
        <translation>Blad nr ______  Datum ____________  Förs av ______________________  Typ: B = beslut, Å = åtgärd, I = information, U = underrättelse, L = lägesrapport</translation>
    </message>
    <message>
        <source>Routine ______________________________  Activated at ____________  by ____________________</source>
        <translation>Rutin ______________________________  Aktiverad kl. ____________  av ____________________</translation>
    </message>
    <message>
        <source>Sheet no. ______  Date ____________  Kept by ______________________</source>
        <translation>Blad nr ______  Datum ____________  Förs av ______________________</translation>
    </message>
    <message>
        <source>Written by ______________________  Date ____________</source>
        <translation>Skriven av ______________________  Datum ____________</translation>
    </message>
    <message>
        <source>Date ____________  Kept by ______________________  Write the time when an asset reaches each state.</source>
        <translation>Datum ____________  Förs av ______________________  Skriv tiden när ett system når varje läge.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Decision: who decided, basis, who is affected</source>
        <translation>Beslut: vem beslutade, underlag, vilka berörs</translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation>Steg nr</translation>
    </message>
    <message>
        <source>Status: done / done before / not applicable</source>
        <translation>Status: klart / redan gjort / ej aktuellt</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Klart kl.</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Routine run</source>
        <translation>Rutinkörning</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>In / ut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Action / by</source>
        <translation>Åtgärd / av</translation>
    </message>
    <message>
        <source>Message and phone log</source>
        <translation>Meddelande- och telefonlogg</translation>
    </message>
    <message>
        <source>Crisis role / organisation</source>
        <translation>Krisroll / organisation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Kontaktlista</translation>
    </message>
    <message>
        <source>Restoration status board</source>
        <translation>Statustavla för återställning</translation>
    </message>
    <message>
        <source>sheet {copy} of {copies}</source>
        <translation>blad {copy} av {copies}</translation>
    </message>
    <message>
        <source>Copy these sheets when they run out. Write clearly, one entry per row; never erase: cross out and write the correction as a new row.</source>
        <translation>Kopiera bladen när de tar slut. Skriv tydligt, en notering per rad; sudda aldrig: stryk över och skriv rättelsen på en ny rad.</translation>
    </message>
    <message>
        <source>Main spokesperson</source>
        <translation>Huvudtalesperson</translation>
    </message>
    <message>
        <source>Deputy spokesperson</source>
        <translation>Ersättande talesperson</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>inte utsedd</translation>
    </message>
    <message>
        <source>No communication plan is recorded. Agree on messages and channels per target group, and log what was sent on the message log.</source>
        <translation>Ingen kommunikationsplan är registrerad. Kom överens om budskap och kanaler per målgrupp och för in det som skickats i meddelandeloggen.</translation>
    </message>
    <message>
        <source>Primary channel</source>
        <translation>Primär kanal</translation>
    </message>
    <message>
        <source>Fallback channels</source>
        <translation>Reservkanaler</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rytm</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Daglig genomgång</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Budskap</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Förberett uttalande</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Responsible (alternate)</source>
        <translation>Ansvarig (ersättare)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tidsmål</translation>
    </message>
    <message>
        <source>Done at / by</source>
        <translation>Klart kl. / av</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Activate when</source>
        <translation>Aktiveras när</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Routine version</source>
        <translation>Rutinversion</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revideras senast</translation>
    </message>
    <message>
        <source>Activated at ____________  by ____________________</source>
        <translation>Aktiverad kl. ____________  av ____________________</translation>
    </message>
    <message>
        <source>Tick each step when it is done and write the time and your name. Step numbers are the same as in the app. 'Target' is minutes after activation.</source>
        <translation>Kryssa i varje steg när det är klart och skriv tid och namn. Stegnumren är desamma som i appen. 'Tidsmål' är minuter efter aktivering.</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Takes about</source>
        <translation>Tar ungefär</translation>
    </message>
    <message>
        <source>This routine has no steps yet.</source>
        <translation>Rutinen har inga steg ännu.</translation>
    </message>
    <message>
        <source>No routines are recorded in the binder yet. Use the blank routine-run sheets at the back.</source>
        <translation>Inga rutiner finns i pärmen ännu. Använd de tomma rutinbladen längst bak.</translation>
    </message>
    <message>
        <source>+{target}</source>
        <translation>+{target}</translation>
    </message>
    <message>
        <source>Wallet cards</source>
        <translation>Plånbokskort</translation>
    </message>
    <message>
        <source>crisis numbers</source>
        <translation>krisnummer</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Keep one card in your wallet and one at home.</source>
        <translation>Klipp längs de streckade linjerna. Ha ett kort i plånboken och ett hemma.</translation>
    </message>
    <message>
        <source>Version {version}, {date}</source>
        <translation>Version {version}, {date}</translation>
    </message>
    <message>
        <source>Start with 'The first hour': activate the crisis team and follow the activation routine step by step.</source>
        <translation>Börja med 'Första timmen': aktivera krisledningen och följ aktiveringsrutinen steg för steg.</translation>
    </message>
    <message>
        <source>Call contacts in the order given; if there is no answer, call the first deputy.</source>
        <translation>Ring kontakterna i angiven ordning; svarar ingen, ring första ersättaren.</translation>
    </message>
    <message>
        <source>Tick each routine step when done and write the time and your name next to it.</source>
        <translation>Kryssa i varje rutinsteg när det är klart och skriv tid och namn bredvid.</translation>
    </message>
    <message>
        <source>Restore systems in the order of the restoration priority list; never before what they depend on.</source>
        <translation>Återställ system i prioriteringslistans ordning; aldrig före det de är beroende av.</translation>
    </message>
    <message>
        <source>Write every decision and important event on an incident log sheet, with the time it happened.</source>
        <translation>Skriv varje beslut och viktig händelse på ett loggblad, med tiden då det hände.</translation>
    </message>
    <message>
        <source>When a computer works again, type the paper log into the app, marked with the time it happened.</source>
        <translation>När en dator fungerar igen, skriv in pappersloggen i appen, med tiden då det hände.</translation>
    </message>
    <message>
        <source>Every page shows a check code. Run 'binder pdf-check CODE' to learn whether the page is current.</source>
        <translation>Varje sida har en kontrollkod. Kör 'binder pdf-check KOD' för att se om sidan är aktuell.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersätt med</translation>
    </message>
    <message>
        <source>Destroy (old pages)</source>
        <translation>Förstör (gamla sidor)</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Fastställd av</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Exemplar nr</translation>
    </message>
    <message>
        <source>How to use this binder when everything is down</source>
        <translation>Så använder du pärmen när allt ligger nere</translation>
    </message>
    <message>
        <source>Keep this binder where the crisis team meets. Do not remove pages; replace them only with a newer print and destroy the old pages.</source>
        <translation>Förvara pärmen där krisledningen samlas. Ta inte bort sidor; byt dem bara mot en nyare utskrift och förstör de gamla sidorna.</translation>
    </message>
    <message>
        <source>Partial reprint: replace pages</source>
        <translation>Delutskrift: byt sidor</translation>
    </message>
    <message>
        <source>This print holds only the sections that changed since the last print ({previous}). Put the new pages in, destroy the old ones.</source>
        <translation>Denna utskrift innehåller bara de avsnitt som ändrats sedan senaste utskriften ({previous}). Sätt in de nya sidorna och förstör de gamla.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Unchanged, keep as they are: {sections}</source>
        <translation>Oförändrade, behåll dem: {sections}</translation>
    </message>
    <message>
        <source>Insert the new pages of this print</source>
        <translation>Sätt in de nya sidorna ur denna utskrift</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ingen registrerad</translation>
    </message>
    <message>
        <source>nothing (new section)</source>
        <translation>inget (nytt avsnitt)</translation>
    </message>
    <message>
        <source>Wrote {path}: {pages} pages, binder version {version}, valid as of {date}.</source>
        <translation>Skrev {path}: {pages} sidor, pärmversion {version}, gäller per {date}.</translation>
    </message>
    <message>
        <source>Sections: {sections}</source>
        <translation>Avsnitt: {sections}</translation>
    </message>
    <message>
        <source>Sent to the printer: {answer}</source>
        <translation>Skickad till skrivaren: {answer}</translation>
    </message>
    <message>
        <source>No prints are recorded yet.</source>
        <translation>Inga utskrifter är registrerade ännu.</translation>
    </message>
    <message>
        <source>{code}: CURRENT. Page {page} ({section}) of the print of {date}, version {version}; its content is still current (binder version now: {now}).</source>
        <translation>{code}: AKTUELL. Sidan {page} ({section}) i utskriften från {date}, version {version}; innehållet gäller fortfarande (pärmens version nu: {now}).</translation>
    </message>
    <message>
        <source>partial reprint</source>
        <translation>delutskrift</translation>
    </message>
    <message>
        <source>full binder</source>
        <translation>hel pärm</translation>
    </message>
    <message>
        <source>comma-separated sections to print (default: all): {sections}</source>
        <translation>kommaseparerade avsnitt att skriva ut (standard: alla): {sections}</translation>
    </message>
    <message>
        <source>language of the binder (default: the vault's language)</source>
        <translation>pärmens språk (standard: valvets språk)</translation>
    </message>
    <message>
        <source>print only the sections that changed since the last recorded print</source>
        <translation>skriv bara ut avsnitt som ändrats sedan senaste registrerade utskrift</translation>
    </message>
    <message>
        <source>paper size (default a4)</source>
        <translation>pappersformat (standard a4)</translation>
    </message>
    <message>
        <source>copy number printed on the cover</source>
        <translation>exemplarnummer på försättsbladet</translation>
    </message>
    <message>
        <source>output as JSON</source>
        <translation>utdata som JSON</translation>
    </message>
    <message>
        <source>write the paper binder as a PDF</source>
        <translation>skriv papperspärmen som PDF</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>var PDF-filen ska sparas</translation>
    </message>
    <message>
        <source>print the paper binder on a printer</source>
        <translation>skriv ut papperspärmen på en skrivare</translation>
    </message>
    <message>
        <source>printer name (default: the system's default)</source>
        <translation>skrivarens namn (standard: systemets standardskrivare)</translation>
    </message>
    <message>
        <source>say whether a printed page (by its check code) is current</source>
        <translation>tala om ifall en utskriven sida (via kontrollkoden) är aktuell</translation>
    </message>
    <message>
        <source>the check code in the page footer, e.g. AB3D-7KQ2</source>
        <translation>kontrollkoden i sidfoten, t.ex. AB3D-7KQ2</translation>
    </message>
    <message>
        <source>the register of printed copies</source>
        <translation>registret över utskrivna exemplar</translation>
    </message>
    <message>
        <source>list every recorded print</source>
        <translation>lista alla registrerade utskrifter</translation>
    </message>
    <message>
        <source>{code}: OLDER VERSION. Page {page} ({section}) was printed on {date} from version {version}; the binder is now at version {now} and this section has changed. Replace the page.</source>
        <translation>{code}: ÄLDRE VERSION. Sidan {page} ({section}) skrevs ut {date} från version {version}; pärmen är nu version {now} och avsnittet har ändrats. Byt ut sidan.</translation>
    </message>
    <message>
        <source>{code}: UNKNOWN. No print recorded in this vault has a page with this code. Check the code for typos; the page may come from another binder.</source>
        <translation>{code}: OKÄND. Ingen registrerad utskrift i detta valv har en sida med den koden. Kontrollera att koden är rätt skriven; sidan kan komma från en annan pärm.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>ex.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>sidor</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Sida {page}</translation>
    </message>
    <message>
        <source>The printer {printer} is stopped: the job {job} waits in its queue and prints only when the printer is started again (cupsenable {printer}). Nothing has been printed yet.</source>
        <translation>Skrivaren {printer} är stoppad: utskriften {job} väntar i kön och skrivs ut först när skrivaren startas igen (cupsenable {printer}). Ingenting har skrivits ut än.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>utskriven</translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation>utskriften misslyckades</translation>
    </message>
    <message>
        <source>sent to the printer</source>
        <translation>skickad till skrivaren</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>{path} är en mapp; ange namnet på PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Mappen {folder} finns inte. Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder} ({reason}). Nothing was written.</source>
        <translation>Det går inte att skriva i mappen {folder} ({reason}). Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>(card {number} of {count})</source>
        <translation>(kort {number} av {count})</translation>
    </message>
    <message>
        <source>Contacts are grouped by crisis role, then organisation. Call the channels in the order given; if there is no answer, call the first deputy. ⚠ STALE marks contacts last verified more than {days} days ago.</source>
        <translation>Kontakterna är grupperade efter krisroll och sedan organisation. Ring kanalerna i angiven ordning; svarar ingen, ring första ersättaren. ⚠ INAKTUELL markerar kontakter som senast verifierades för mer än {days} dagar sedan.</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Keep one card in your wallet and one at home. The call-tree card shows who calls whom in the crisis team.</source>
        <translation>Klipp längs de streckade linjerna. Ha ett kort i plånboken och ett hemma. Ringträdskortet visar vem som ringer vem i krisledningsgruppen.</translation>
    </message>
    <message>
        <source>In crisis order: the chair, the deputy chair, the duty officer, the spokesperson, then the rest. Every channel is listed, Rakel too.</source>
        <translation>I krisordning: ordföranden, vice ordföranden, tjänsteperson i beredskap, talespersonen och sedan övriga. Alla kanaler står med, även Rakel.</translation>
    </message>
    <message>
        <source>call tree</source>
        <translation>ringträd</translation>
    </message>
    <message>
        <source>⚠ {count} of {total} contacts have never been verified: check their numbers when you call them.</source>
        <translation>⚠ {count} av {total} kontakter har aldrig verifierats: kontrollera numren när du ringer dem.</translation>
    </message>
    <message>
        <source>Situation report for the daily meeting</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Timeline of the incident logs</source>
        <translation>Tidslinje över loggböckerna</translation>
    </message>
    <message>
        <source>1. Decisions and key events</source>
        <translation>1. Beslut och viktiga händelser</translation>
    </message>
    <message>
        <source>No decisions or key events in this period.</source>
        <translation>Inga beslut eller viktiga händelser under perioden.</translation>
    </message>
    <message>
        <source>Who / decided by</source>
        <translation>Vem / beslutat av</translation>
    </message>
    <message>
        <source>2. Restoration</source>
        <translation>2. Återställning</translation>
    </message>
    <message>
        <source>{restored} systems restored, {in_progress} in progress, {down} down, {unknown} without a reported status; {blocked} blocked by another system, {overrun} past their RTO.</source>
        <translation>{restored} system återställda, {in_progress} pågår, {down} nere, {unknown} utan rapporterad status; {blocked} blockeras av ett annat system, {overrun} har passerat sin RTO.</translation>
    </message>
    <message>
        <source>No status reported</source>
        <translation>Ingen status rapporterad</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Rapporterat av</translation>
    </message>
    <message>
        <source>3. Staff: warnings for the coming shifts</source>
        <translation>3. Personal: varningar för de kommande passen</translation>
    </message>
    <message>
        <source>No overwork warnings for the coming shifts.</source>
        <translation>Inga varningar för överarbete under de kommande passen.</translation>
    </message>
    <message>
        <source>4. Corrections proposed by the laptops</source>
        <translation>4. Rättelser som datorerna föreslår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>5. Communication: the next messages</source>
        <translation>5. Kommunikation: nästa budskap</translation>
    </message>
    <message>
        <source>The communication plan is empty.</source>
        <translation>Kommunikationsplanen är tom.</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Talesperson</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Budskap</translation>
    </message>
    <message>
        <source>From {start} to {end}.</source>
        <translation>Från {start} till {end}.</translation>
    </message>
    <message>
        <source>Until {end}.</source>
        <translation>Fram till {end}.</translation>
    </message>
    <message>
        <source>How to use it: read it aloud at the daily situation meeting, section by section. Decisions are in the incident logs; write new ones on an incident log sheet. The spokesperson takes section 5. Check that this is the newest report with the check code at the foot of the page.</source>
        <translation>Så använder du den: läs upp den på det dagliga lägesmötet, avsnitt för avsnitt. Besluten finns i loggböckerna; skriv nya beslut på ett loggboksblad. Talespersonen tar avsnitt 5. Kontrollera med kontrollkoden längst ned på sidan att detta är den senaste lägesbilden.</translation>
    </message>
    <message>
        <source>{count} entries from every laptop and the coordinator, by the time they occurred.</source>
        <translation>{count} anteckningar från alla datorer och samordnaren, i den ordning de inträffade.</translation>
    </message>
    <message>
        <source>decided by {name}</source>
        <translation>beslutat av {name}</translation>
    </message>
    <message>
        <source>Where, no.</source>
        <translation>Var, nr</translation>
    </message>
    <message>
        <source>{code}: SNAPSHOT. Page {page} of the {section} printed on {date} (version {version}). It shows the situation at that time; print a new one for the situation now.</source>
        <translation>{code}: ÖGONBLICKSBILD. Sida {page} av {section}, utskriven {date} (version {version}). Den visar läget vid den tidpunkten; skriv ut en ny för läget nu.</translation>
    </message>
    <message>
        <source>Contacts not verified in {days} days</source>
        <translation>Kontakter som inte verifierats på {days} dagar</translation>
    </message>
</context>
</TS>
