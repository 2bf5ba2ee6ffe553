<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>reports</name>
    <message>
        <source>{log} log entries, {status} status changes, {run} routine runs, {correction} proposed corrections</source>
        <translation>{log} anteckningar, {status} statusändringar, {run} rutinkörningar, {correction} föreslagna rättelser</translation>
    </message>
    <message>
        <source>{laptop}: log chain intact ({count} entries, last number {last}).</source>
        <translation>{laptop}: loggbokens kedja är hel ({count} anteckningar, sista nummer {last}).</translation>
    </message>
    <message>
        <source>missing entries {ranges}</source>
        <translation>anteckningar saknas: {ranges}</translation>
    </message>
    <message>
        <source>two different entries with number {numbers} (fork)</source>
        <translation>två olika anteckningar med nummer {numbers} (förgrening)</translation>
    </message>
    <message>
        <source>entries not linked to the one before: {numbers}</source>
        <translation>anteckningar som inte hänger ihop med den föregående: {numbers}</translation>
    </message>
    <message>
        <source>{laptop}: WARNING, the log chain is not whole: {problems}.</source>
        <translation>{laptop}: VARNING, loggbokens kedja är inte hel: {problems}.</translation>
    </message>
    <message>
        <source>Wrote field report {sequence} to {path}: {counts}.</source>
        <translation>Lägesrapport {sequence} skriven till {path}: {counts}.</translation>
    </message>
    <message>
        <source>Take the stick to the coordinator. The next report repeats everything until the coordinator's next bundle confirms it.</source>
        <translation>Lämna stickan till samordnaren. Nästa rapport upprepar allt tills samordnarens nästa paket bekräftar det.</translation>
    </message>
    <message>
        <source>Field report {sequence} from {laptop}, written {when}: {counts}.</source>
        <translation>Lägesrapport {sequence} från {laptop}, skriven {when}: {counts}.</translation>
    </message>
    <message>
        <source>This report is already imported; importing it again changes nothing.</source>
        <translation>Rapporten är redan inläst; att läsa in den igen ändrar ingenting.</translation>
    </message>
    <message>
        <source>Signature, number and every entry are valid.</source>
        <translation>Signatur, nummer och alla poster är giltiga.</translation>
    </message>
    <message>
        <source>New: {counts}.</source>
        <translation>Nytt: {counts}.</translation>
    </message>
    <message>
        <source>Already held (sent again, stored once): {counts}.</source>
        <translation>Fanns redan (skickat igen, sparas en gång): {counts}.</translation>
    </message>
    <message>
        <source>Add --yes to import the report (or --dry-run to only look). Nothing was changed.</source>
        <translation>Lägg till --yes för att läsa in rapporten (eller --dry-run för att bara titta). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Import this report? [y/N] </source>
        <translation>Läsa in rapporten? [j/N] </translation>
    </message>
    <message>
        <source>Imported field report {sequence} from {laptop}.</source>
        <translation>Lägesrapport {sequence} från {laptop} är inläst.</translation>
    </message>
    <message>
        <source>Wrote {count} entries to {path} (not encrypted).</source>
        <translation>Skrev {count} anteckningar till {path} (inte krypterad).</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>The timeline is empty.</source>
        <translation>Tidslinjen är tom.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>{by} at {where}, {when}</source>
        <translation>{by} vid {where}, {when}</translation>
    </message>
    <message>
        <source>blocked by {names}</source>
        <translation>blockeras av {names}</translation>
    </message>
    <message>
        <source>RTO {hours} h exceeded</source>
        <translation>RTO {hours} h överskriden</translation>
    </message>
    <message>
        <source>{id}  {laptop} · {author}: {title}, {field} → {value} ({reason})</source>
        <translation>{id}  {laptop} · {author}: {title}, {field} → {value} ({reason})</translation>
    </message>
    <message>
        <source>No proposed corrections are waiting.</source>
        <translation>Inga föreslagna rättelser väntar.</translation>
    </message>
    <message>
        <source>Accepted: {title}, {field} changed. The next bundle carries it to every laptop.</source>
        <translation>Godkänd: {title}, {field} ändrad. Nästa paket för ut ändringen till alla datorer.</translation>
    </message>
    <message>
        <source>Rejected: {title}, {field}. The reason goes back to {laptop} with the next bundle.</source>
        <translation>Avvisad: {title}, {field}. Motiveringen går tillbaka till {laptop} med nästa paket.</translation>
    </message>
    <message>
        <source>field reports: from a laptop to the coordinator by USB stick</source>
        <translation>lägesrapporter: från en dator till samordnaren med USB-sticka</translation>
    </message>
    <message>
        <source>laptop: write what this laptop recorded since its last confirmed report</source>
        <translation>dator: skriv det som datorn har registrerat sedan den senast bekräftade rapporten</translation>
    </message>
    <message>
        <source>the folder to write into (e.g. the USB stick)</source>
        <translation>mappen att skriva till (t.ex. USB-stickan)</translation>
    </message>
    <message>
        <source>coordinator: check a report without changing anything</source>
        <translation>samordnare: kontrollera en rapport utan att ändra något</translation>
    </message>
    <message>
        <source>coordinator: check, preview and import a report</source>
        <translation>samordnare: kontrollera, förhandsgranska och läs in en rapport</translation>
    </message>
    <message>
        <source>import without asking</source>
        <translation>läs in utan att fråga</translation>
    </message>
    <message>
        <source>coordinator: every laptop's log and the coordinator's, by time occurred</source>
        <translation>samordnare: alla datorers loggböcker och samordnarens, i tidsordning</translation>
    </message>
    <message>
        <source>only entries that occurred at or after TIME</source>
        <translation>bara anteckningar som inträffade vid eller efter TID</translation>
    </message>
    <message>
        <source>only this laptop's entries</source>
        <translation>bara den här datorns anteckningar</translation>
    </message>
    <message>
        <source>write the timeline to a CSV file (not encrypted)</source>
        <translation>skriv tidslinjen till en CSV-fil (inte krypterad)</translation>
    </message>
    <message>
        <source>coordinator: the latest restoration status of every system, from all laptops</source>
        <translation>samordnare: senaste återställningsstatus för varje system, från alla datorer</translation>
    </message>
    <message>
        <source>coordinator: corrections proposed by the laptops</source>
        <translation>samordnare: rättelser som datorerna föreslår</translation>
    </message>
    <message>
        <source>list proposed corrections (open ones unless --all)</source>
        <translation>lista föreslagna rättelser (öppna om inte --all)</translation>
    </message>
    <message>
        <source>change the published record as the laptop proposed</source>
        <translation>ändra den publicerade posten som datorn föreslog</translation>
    </message>
    <message>
        <source>who decides (default: the operator)</source>
        <translation>vem som beslutar (standard: operatören)</translation>
    </message>
    <message>
        <source>keep the published value; the reason goes back to the laptop</source>
        <translation>behåll det publicerade värdet; motiveringen går tillbaka till datorn</translation>
    </message>
    <message>
        <source>Storing the report</source>
        <translation>Sparar rapporten</translation>
    </message>
    <message>
        <source>Another import of this laptop's reports finished first (number {current}). Nothing was changed.</source>
        <translation>En annan inläsning av datorns rapporter blev klar först (nummer {current}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Report content, line {line}: {problem} Nothing was changed.</source>
        <translation>Rapportens innehåll, rad {line}: {problem} Inget har ändrats.</translation>
    </message>
    <message>
        <source>the fields are not those of this kind of entry.</source>
        <translation>fälten hör inte till den här sortens post.</translation>
    </message>
    <message>
        <source>{field} is not in normal form.</source>
        <translation>{field} är inte i normalform.</translation>
    </message>
    <message>
        <source>{field} is not a date and time with an offset.</source>
        <translation>{field} är inte ett datum och klockslag med tidsförskjutning.</translation>
    </message>
    <message>
        <source>{field} is not a whole number.</source>
        <translation>{field} är inte ett heltal.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} måste vara en av: {choices}</translation>
    </message>
    <message>
        <source>the incident-log entry does not match its own hash (altered).</source>
        <translation>anteckningen stämmer inte med sin egen kontrollsumma (ändrad).</translation>
    </message>
    <message>
        <source>the steps are not a list.</source>
        <translation>stegen är ingen lista.</translation>
    </message>
    <message>
        <source>The report content does not end with a complete line.</source>
        <translation>Rapportens innehåll slutar inte med en hel rad.</translation>
    </message>
    <message>
        <source>The report content is empty.</source>
        <translation>Rapportens innehåll är tomt.</translation>
    </message>
    <message>
        <source>The report holds more than {limit} entries.</source>
        <translation>Rapporten innehåller fler än {limit} poster.</translation>
    </message>
    <message>
        <source>The encrypted content belongs to another report (its first line does not match the signed header). Nothing was changed.</source>
        <translation>Det krypterade innehållet hör till en annan rapport (första raden stämmer inte med det signerade huvudet). Inget har ändrats.</translation>
    </message>
    <message>
        <source>not an entry of a field report.</source>
        <translation>ingen post i en lägesrapport.</translation>
    </message>
    <message>
        <source>entries are not grouped by kind.</source>
        <translation>posterna är inte grupperade efter slag.</translation>
    </message>
    <message>
        <source>The report content differs from its signed header (counts or hashes). Nothing was changed.</source>
        <translation>Rapportens innehåll skiljer sig från det signerade huvudet (antal eller kontrollsummor). Inget har ändrats.</translation>
    </message>
    <message>
        <source>No proposed correction has the id {id}.</source>
        <translation>Ingen föreslagen rättelse har id {id}.</translation>
    </message>
    <message>
        <source>This correction was already decided ({state}).</source>
        <translation>Den här rättelsen är redan avgjord ({state}).</translation>
    </message>
    <message>
        <source>The record this correction is for no longer exists; reject it instead.</source>
        <translation>Posten som rättelsen gäller finns inte längre; avvisa rättelsen i stället.</translation>
    </message>
    <message>
        <source>Give a reason: it goes back to the laptop.</source>
        <translation>Ange en motivering: den går tillbaka till datorn.</translation>
    </message>
    <message>
        <source>This is the coordinator's vault: it receives field reports from the laptops; it does not send them.</source>
        <translation>Det här är samordnarens valv: det tar emot lägesrapporter från datorerna; det skickar inga.</translation>
    </message>
    <message>
        <source>This laptop does not know where to send reports yet. Import a bundle the coordinator made after enrolling this laptop ('binder identity --export FILE' gives what to enrol). Nothing was written.</source>
        <translation>Datorn vet ännu inte vart rapporter ska skickas. Läs in ett paket som samordnaren gjort efter att datorn registrerats ('binder identity --export FIL' ger det som ska registreras). Inget har skrivits.</translation>
    </message>
    <message>
        <source>{path} is not a folder. Give the folder to write the report into (for example the USB stick). Nothing was written.</source>
        <translation>{path} är ingen mapp. Ange mappen rapporten ska skrivas till (till exempel USB-stickan). Inget har skrivits.</translation>
    </message>
    <message>
        <source>Collecting what this laptop recorded</source>
        <translation>Samlar det datorn har registrerat</translation>
    </message>
    <message>
        <source>Encrypting for the coordinator</source>
        <translation>Krypterar för samordnaren</translation>
    </message>
    <message>
        <source>Writing the report file</source>
        <translation>Skriver rapportfilen</translation>
    </message>
    <message>
        <source>Another report was written at the same time. Nothing was written; try again.</source>
        <translation>En annan rapport skrevs samtidigt. Inget har skrivits; försök igen.</translation>
    </message>
    <message>
        <source>The bundle's field-report line is malformed. Nothing was changed.</source>
        <translation>Paketets rad för lägesrapporter är felaktig. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The signed report header is malformed ({what}). Nothing was changed.</source>
        <translation>Rapportens signerade huvud är felaktigt ({what}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>This report was made by a newer Krispärm (format {format}). Update Krispärm here, then import it again. Nothing was changed.</source>
        <translation>Rapporten är gjord av en nyare Krispärm (format {format}). Uppdatera Krispärm här och läs sedan in den igen. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The laptop's report signing key is damaged.</source>
        <translation>Datorns signeringsnyckel för rapporter är skadad.</translation>
    </message>
    <message>
        <source>Cannot read the laptop identity file {path}: {reason}.</source>
        <translation>Kan inte läsa datorns identitetsfil {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Krispärm laptop identity file.</source>
        <translation>{path} är ingen identitetsfil för en Krispärm-dator.</translation>
    </message>
    <message>
        <source>The signing key in {path} is not an acceptable Ed25519 public key.</source>
        <translation>Signeringsnyckeln i {path} är ingen godtagbar publik Ed25519-nyckel.</translation>
    </message>
    <message>
        <source>The fingerprint does not match this identity file ({actual}). Do not enrol it: ask the laptop's user to read theirs again. Nothing was changed.</source>
        <translation>Fingeravtrycket stämmer inte med identitetsfilen ({actual}). Registrera den inte: be datorns användare läsa upp sitt igen. Inget har ändrats.</translation>
    </message>
    <message>
        <source>WARNING: this report has the same number ({sequence}) as one already imported from this laptop, but different content. Keep both sticks and check the laptop. Nothing was changed.</source>
        <translation>VARNING: rapporten har samma nummer ({sequence}) som en redan inläst rapport från datorn, men annat innehåll. Spara båda stickorna och kontrollera datorn. Inget har ändrats.</translation>
    </message>
    <message>
        <source>This report (number {found}) is older than one already imported from this laptop (number {current}); the newer one already holds everything in it. Nothing was changed.</source>
        <translation>Rapporten (nummer {found}) är äldre än en redan inläst rapport från datorn (nummer {current}); den nyare innehåller redan allt i den. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The report's encrypted part has the wrong length (damaged, truncated or tampered). Nothing was changed.</source>
        <translation>Rapportens krypterade del har fel längd (skadad, avkortad eller manipulerad). Inget har ändrats.</translation>
    </message>
    <message>
        <source>The report content does not match its signed checksum (damaged or tampered). Nothing was changed.</source>
        <translation>Rapportens innehåll stämmer inte med den signerade kontrollsumman (skadat eller manipulerat). Inget har ändrats.</translation>
    </message>
    <message>
        <source>This report was not encrypted for this coordinator vault ({reason}). Nothing was changed.</source>
        <translation>Rapporten är inte krypterad för det här samordnarvalvet ({reason}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>The decrypted report has the wrong length. Nothing was changed.</source>
        <translation>Den dekrypterade rapporten har fel längd. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Field reports are imported on the coordinator's vault, not on a laptop.</source>
        <translation>Lägesrapporter läses in i samordnarens valv, inte på en dator.</translation>
    </message>
    <message>
        <source>Copying the report from the stick</source>
        <translation>Kopierar rapporten från stickan</translation>
    </message>
    <message>
        <source>This is not a Krispärm field report. Nothing was changed.</source>
        <translation>Det här är ingen lägesrapport från Krispärm. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Reading the report</source>
        <translation>Läser rapporten</translation>
    </message>
    <message>
        <source>Checking the laptop's signature</source>
        <translation>Kontrollerar datorns signatur</translation>
    </message>
    <message>
        <source>This report is not signed by an enrolled laptop. Enrol the laptop with 'binder recipients add NAME IDENTITY-FILE --fingerprint …' (reading the fingerprint aloud), then import the report again. Nothing was changed.</source>
        <translation>Rapporten är inte signerad av en registrerad dator. Registrera datorn med 'binder recipients add NAMN IDENTITETSFIL --fingerprint …' (läs upp fingeravtrycket), och läs sedan in rapporten igen. Inget har ändrats.</translation>
    </message>
    <message>
        <source>This report is for another organisation ('{found}'). Nothing was changed.</source>
        <translation>Rapporten gäller en annan organisation ('{found}'). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Checking every entry</source>
        <translation>Kontrollerar varje post</translation>
    </message>
    <message>
        <source>Wrote {path}: take it to the coordinator with the USB stick.</source>
        <translation>Skrev {path}: ta den till samordnaren med USB-stickan.</translation>
    </message>
    <message>
        <source>Give the fingerprint the laptop's user reads aloud (--fingerprint). Nothing was changed.</source>
        <translation>Ange fingeravtrycket som datorns användare läser upp (--fingerprint). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Enrolled {name}; fingerprint {fingerprint}. It gets the next bundle you export and can send field reports.</source>
        <translation>{name} är registrerad; fingeravtryck {fingerprint}. Den får nästa paket du exporterar och kan skicka lägesrapporter.</translation>
    </message>
    <message>
        <source>write this laptop's public identity (both keys) to FILE for the coordinator</source>
        <translation>skriv datorns publika identitet (båda nycklarna) till FIL för samordnaren</translation>
    </message>
    <message>
        <source>the laptop's age1… recipient, or its identity file (field reports)</source>
        <translation>datorns age1…-mottagare, eller dess identitetsfil (lägesrapporter)</translation>
    </message>
    <message>
        <source>with an identity file: the fingerprint read aloud by the laptop</source>
        <translation>med en identitetsfil: fingeravtrycket som datorn läser upp</translation>
    </message>
    <message>
        <source>one or more report files (all are checked first)</source>
        <translation>en eller flera rapportfiler (alla kontrolleras först)</translation>
    </message>
    <message>
        <source>Wrote {path}: {pages} pages (not encrypted). Check codes are in the print register.</source>
        <translation>Skrev {path}: {pages} sidor (inte krypterad). Kontrollkoderna finns i utskriftsregistret.</translation>
    </message>
    <message>
        <source>print the timeline to a PDF for the evaluation (not encrypted)</source>
        <translation>skriv ut tidslinjen som PDF för utvärderingen (inte krypterad)</translation>
    </message>
    <message>
        <source>language of the PDF (default: the binder's)</source>
        <translation>PDF:ens språk (standard: pärmens)</translation>
    </message>
    <message>
        <source>coordinator: the situation report (PDF) for the daily meeting</source>
        <translation>samordnare: lägesbilden (PDF) för det dagliga mötet</translation>
    </message>
    <message>
        <source>the period starts at TIME (default: the last situation report, or 24 hours ago)</source>
        <translation>perioden börjar vid TID (standard: den senaste lägesbilden, eller för 24 timmar sedan)</translation>
    </message>
</context>
</TS>
