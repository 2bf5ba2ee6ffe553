<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>gui</name>
    <message>
        <source>Something unexpected went wrong: {reason}</source>
        <translation>Något oväntat gick fel: {reason}</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Filen kunde inte läsas eller skrivas: {reason}</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Ställ in den här datorn</translation>
    </message>
    <message>
        <source>&amp;Copy the recipient</source>
        <translation>&amp;Kopiera mottagaren</translation>
    </message>
    <message>
        <source>publisher.key from the coordinator's stick</source>
        <translation>publisher.key från samordnarens minne</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>The fingerprint the coordinator reads aloud</source>
        <translation>Fingeravtrycket som samordnaren läser upp</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Lita på nyckeln</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>1. Give this to the coordinator (enrolment)</source>
        <translation>1. Ge detta till samordnaren (registrering)</translation>
    </message>
    <message>
        <source>2. Trust the coordinator's key</source>
        <translation>2. Lita på samordnarens nyckel</translation>
    </message>
    <message>
        <source>The coordinator's key file</source>
        <translation>Samordnarens nyckelfil</translation>
    </message>
    <message>
        <source>Trusted coordinator keys: {keys}</source>
        <translation>Betrodda samordnarnycklar: {keys}</translation>
    </message>
    <message>
        <source>No coordinator key is trusted yet: bundles cannot be imported.</source>
        <translation>Ingen samordnarnyckel är betrodd ännu: paket kan inte importeras.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Skapa ett nytt valv</translation>
    </message>
    <message>
        <source>e.g. Norrbacka kommun</source>
        <translation>t.ex. Norrbacka kommun</translation>
    </message>
    <message>
        <source>This is the &amp;coordinator's vault (publishes bundles to laptops)</source>
        <translation>Detta är &amp;samordnarens valv (publicerar paket till datorerna)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Ska&amp;pa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Passphrase (at least 8 characters)</source>
        <translation>&amp;Lösenfras (minst 8 tecken)</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation>&amp;Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>Skriv &amp;ut återställningsbladet…</translation>
    </message>
    <message>
        <source>I have stored the key — &amp;continue</source>
        <translation>Jag har förvarat nyckeln — &amp;fortsätt</translation>
    </message>
    <message>
        <source>Your recovery key — shown only now</source>
        <translation>Din återställningsnyckel — visas bara nu</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>Välj en tom mapp</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Skapar valvet…</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>Sparat i {path}. Skriv ut det och radera sedan filen.</translation>
    </message>
    <message>
        <source>It opens the vault if the passphrase is lost. Print the recovery sheet and keep it sealed in a safe place.</source>
        <translation>Den öppnar valvet om lösenfrasen går förlorad. Skriv ut återställningsbladet och förvara det förseglat på ett säkert ställe.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Write the organisation's name.</source>
        <translation>Skriv organisationens namn.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Spara återställningsbladet</translation>
    </message>
    <message>
        <source>Krispärm</source>
        <translation>Krispärm</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>&amp;Binder</source>
        <translation>&amp;Pärm</translation>
    </message>
    <message>
        <source>P&amp;ublisher tools…</source>
        <translation>Sa&amp;mordnarverktyg…</translation>
    </message>
    <message>
        <source>Set up this &amp;laptop…</source>
        <translation>Ställ in den här &amp;datorn…</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Import from USB…</source>
        <translation>&amp;Importera från USB…</translation>
    </message>
    <message>
        <source>&amp;Print or PDF…</source>
        <translation>Skriv &amp;ut eller PDF…</translation>
    </message>
    <message>
        <source>&amp;Check a page code…</source>
        <translation>&amp;Kontrollera en sidkod…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time</source>
        <translation>Lås efter &amp;inaktiv tid</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Krispärm — unlock</source>
        <translation>Krispärm — lås upp</translation>
    </message>
    <message>
        <source>The crisis binder. Enter your passphrase to open it.</source>
        <translation>Krispärmen. Skriv din lösenfras för att öppna den.</translation>
    </message>
    <message>
        <source>Other &amp;vault…</source>
        <translation>Annat &amp;valv…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Använd &amp;återställningsnyckeln i stället</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Skapa ett &amp;nytt valv…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Öppna &amp;demon</translation>
    </message>
    <message>
        <source>Demo vault — the published demo passphrase is: {passphrase}</source>
        <translation>Demovalv — den publicerade demolösenfrasen är: {passphrase}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Välj valvets mapp</translation>
    </message>
    <message>
        <source>First time here?</source>
        <translation>Första gången här?</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Valv: {path}</translation>
    </message>
    <message>
        <source>No vault yet at {path}. Create one or open the demo.</source>
        <translation>Inget valv ännu i {path}. Skapa ett eller öppna demon.</translation>
    </message>
    <message>
        <source>Enter the passphrase first.</source>
        <translation>Skriv lösenfrasen först.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a second on purpose.</source>
        <translation>Låser upp… det tar en sekund med avsikt.</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Loggbok</translation>
    </message>
    <message>
        <source>Search the binder</source>
        <translation>Sök i pärmen</translation>
    </message>
    <message>
        <source>Name, role, phone number, routine, system…</source>
        <translation>Namn, roll, telefonnummer, rutin, system…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>{count} results — Enter opens the first, arrows choose</source>
        <translation>{count} träffar — Enter öppnar den första, pilarna väljer</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <source>Binder details</source>
        <translation>Pärmens uppgifter</translation>
    </message>
    <message>
        <source>From: {organisation}</source>
        <translation>Från: {organisation}</translation>
    </message>
    <message>
        <source>Bundle number {sequence}, issued {issued}, valid until {expires}</source>
        <translation>Paket nummer {sequence}, utfärdat {issued}, giltigt till {expires}</translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>Signerat med nyckel {fingerprint}</translation>
    </message>
    <message>
        <source>The coordinator's signing key has changed (signed by the old key).</source>
        <translation>Samordnarens signeringsnyckel har bytts (signerat med den gamla nyckeln).</translation>
    </message>
    <message>
        <source>This bundle has already been imported. Nothing will change.</source>
        <translation>Paketet är redan importerat. Inget ändras.</translation>
    </message>
    <message>
        <source>The binder details (organisation, plan version…) change.</source>
        <translation>Pärmens uppgifter (organisation, planversion…) ändras.</translation>
    </message>
    <message>
        <source>No changes compared with what you have.</source>
        <translation>Inga ändringar jämfört med det du har.</translation>
    </message>
    <message>
        <source>Your corrections affected by this bundle:</source>
        <translation>Dina rättelser som påverkas av paketet:</translation>
    </message>
    <message>
        <source>{count} of your corrections stay in place.</source>
        <translation>{count} av dina rättelser ligger kvar.</translation>
    </message>
    <message>
        <source>Import a bundle from USB</source>
        <translation>Importera ett paket från USB</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Bundles found on USB sticks</source>
        <translation>Paket som hittats på USB-minnen</translation>
    </message>
    <message>
        <source>No USB stick with a bundle found yet. Insert the stick; this list refreshes by itself.</source>
        <translation>Inget USB-minne med ett paket hittat ännu. Sätt i minnet; listan uppdateras av sig själv.</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Välj en &amp;fil…</translation>
    </message>
    <message>
        <source>1. Choose the bundle</source>
        <translation>1. Välj paketet</translation>
    </message>
    <message>
        <source>2. Checking the bundle</source>
        <translation>2. Paketet kontrolleras</translation>
    </message>
    <message>
        <source>The bundle has &amp;expired. Import it anyway.</source>
        <translation>Paketet har &amp;gått ut. Importera det ändå.</translation>
    </message>
    <message>
        <source>3. What will change</source>
        <translation>3. Det här ändras</translation>
    </message>
    <message>
        <source>4. Done</source>
        <translation>4. Klart</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>Välj paketet</translation>
    </message>
    <message>
        <source>Krispärm bundles (*{suffix})</source>
        <translation>Krispärm-paket (*{suffix})</translation>
    </message>
    <message>
        <source>Chosen: {path}</source>
        <translation>Valt: {path}</translation>
    </message>
    <message>
        <source>Bundle number {sequence} imported.</source>
        <translation>Paket nummer {sequence} importerat.</translation>
    </message>
    <message>
        <source>{added} new, {changed} changed, {removed} removed.</source>
        <translation>{added} nya, {changed} ändrade, {removed} borttagna.</translation>
    </message>
    <message>
        <source>{kind}: {added} new, {changed} changed, {removed} removed</source>
        <translation>{kind}: {added} nya, {changed} ändrade, {removed} borttagna</translation>
    </message>
    <message>
        <source>&amp;Check bundle</source>
        <translation>&amp;Kontrollera paketet</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Paketets lösenfras</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this laptop. Enter the emergency bundle passphrase from the coordinator:</source>
        <translation>Paketet är inte adresserat till den här datorn. Skriv nödlösenfrasen för paketet som du fått av samordnaren:</translation>
    </message>
    <message>
        <source>{count} of your corrections need a look: see Conflicts.</source>
        <translation>{count} av dina rättelser behöver ses över: se Konflikter.</translation>
    </message>
    <message>
        <source>A backup of the previous state was kept: {path}</source>
        <translation>En säkerhetskopia av läget innan sparades: {path}</translation>
    </message>
    <message>
        <source>The bundle is not addressed to this laptop. Nothing was changed.</source>
        <translation>Paketet är inte adresserat till den här datorn. Inget har ändrats.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Unknown code {code}. It was not printed from this vault — check the characters.</source>
        <translation>Okänd kod {code}. Den har inte skrivits ut från det här valvet — kontrollera tecknen.</translation>
    </message>
    <message>
        <source>Current. Page {page} ({section}) printed {at} in version {version} is still valid.</source>
        <translation>Aktuell. Sidan {page} ({section}), utskriven {at} i version {version}, gäller fortfarande.</translation>
    </message>
    <message>
        <source>Out of date. Page {page} ({section}) was printed {at} in version {version}; the binder is now {current}. Print the section again.</source>
        <translation>Inaktuell. Sidan {page} ({section}) skrevs ut {at} i version {version}; pärmen är nu {current}. Skriv ut avsnittet igen.</translation>
    </message>
    <message>
        <source>Is this page current?</source>
        <translation>Är sidan aktuell?</translation>
    </message>
    <message>
        <source>The code at the foot of the page</source>
        <translation>Koden längst ner på sidan</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kontrollkod</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Type the check code printed at the foot of the page:</source>
        <translation>Skriv kontrollkoden som står längst ner på sidan:</translation>
    </message>
    <message>
        <source>Publisher tools</source>
        <translation>Samordnarverktyg</translation>
    </message>
    <message>
        <source>&amp;Export bundle</source>
        <translation>&amp;Exportera paket</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Datorer</translation>
    </message>
    <message>
        <source>Publisher &amp;key</source>
        <translation>Samordnarens &amp;nyckel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>optional: for a laptop not yet enrolled</source>
        <translation>valfritt: för en dator som inte är registrerad ännu</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Save to (the USB stick)</source>
        <translation>Spara på (USB-minnet)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Giltigt i</translation>
    </message>
    <message>
        <source>Emergency passphrase</source>
        <translation>Nödlösenfras</translation>
    </message>
    <message>
        <source>Save the bundle to</source>
        <translation>Spara paketet i</translation>
    </message>
    <message>
        <source>Bundle number {sequence} saved to {path} for {count} laptops.
Valid until {expires}. Publisher fingerprint: {fingerprint}</source>
        <translation>Paket nummer {sequence} sparat i {path} för {count} datorer.
Giltigt till {expires}. Samordnarens fingeravtryck: {fingerprint}</translation>
    </message>
    <message>
        <source>Laptop name, e.g. Krisledning-1</source>
        <translation>Datorns namn, t.ex. Krisledning-1</translation>
    </message>
    <message>
        <source>&amp;Add laptop</source>
        <translation>&amp;Lägg till dator</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Ta bort vald</translation>
    </message>
    <message>
        <source>Save the public &amp;key file for laptops…</source>
        <translation>Spara den publika &amp;nyckelfilen för datorerna…</translation>
    </message>
    <message>
        <source>Save the public key file</source>
        <translation>Spara den publika nyckelfilen</translation>
    </message>
    <message>
        <source>Bundles are encrypted to these laptops. Add a laptop with the recipient it shows (age1…); check its fingerprint aloud.</source>
        <translation>Paketen krypteras till de här datorerna. Lägg till en dator med mottagaren den visar (age1…); läs upp dess fingeravtryck och jämför.</translation>
    </message>
    <message>
        <source>Publisher fingerprint — read it aloud when a laptop is set up:</source>
        <translation>Samordnarens fingeravtryck — läs upp det när en dator ställs in:</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Sparat i {path}</translation>
    </message>
    <message>
        <source>Publisher vault</source>
        <translation>Samordnarvalv</translation>
    </message>
    <message>
        <source>{organisation} — binder {version} ({role})</source>
        <translation>{organisation} — pärm {version} ({role})</translation>
    </message>
    <message>
        <source>Valid as of {date} — data is {days} days old</source>
        <translation>Gäller per {date} — uppgifterna är {days} dagar gamla</translation>
    </message>
    <message>
        <source>{count} open conflicts</source>
        <translation>{count} öppna konflikter</translation>
    </message>
    <message>
        <source>Print the binder</source>
        <translation>Skriv ut pärmen</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last print</source>
        <translation>Bara det som &amp;ändrats sedan förra utskriften</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Spara PDF:en som</translation>
    </message>
    <message>
        <source>&amp;Make PDF</source>
        <translation>&amp;Skapa PDF</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Öppna PDF</translation>
    </message>
    <message>
        <source>Send to &amp;printer</source>
        <translation>Skicka till &amp;skrivare</translation>
    </message>
    <message>
        <source>{pages} pages saved to {path}</source>
        <translation>{pages} sidor sparade i {path}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Välj minst ett avsnitt.</translation>
    </message>
    <message>
        <source>Sent to the printer {name}.</source>
        <translation>Skickat till skrivaren {name}.</translation>
    </message>
    <message>
        <source>First hour</source>
        <translation>Första timmen</translation>
    </message>
    <message>
        <source>Start here. Open the activation routine, then call the people below in order. Everything you do is recorded with your name and the time.</source>
        <translation>Börja här. Öppna aktiveringsrutinen och ring sedan personerna nedan i tur och ordning. Allt du gör registreras med ditt namn och tiden.</translation>
    </message>
    <message>
        <source>&amp;Open routine</source>
        <translation>&amp;Öppna rutinen</translation>
    </message>
    <message>
        <source>Open &amp;call list</source>
        <translation>Öppna &amp;ringlistan</translation>
    </message>
    <message>
        <source>First-hour routines</source>
        <translation>Rutiner för första timmen</translation>
    </message>
    <message>
        <source>People to call in the first hour</source>
        <translation>Att ringa första timmen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Ägare (roll)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Crisis role</source>
        <translation>Krisroll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;1 Down</source>
        <translation>&amp;1 Nere</translation>
    </message>
    <message>
        <source>&amp;2 Isolated</source>
        <translation>&amp;2 Isolerad</translation>
    </message>
    <message>
        <source>&amp;3 Rebuilding</source>
        <translation>&amp;3 Återuppbyggs</translation>
    </message>
    <message>
        <source>&amp;4 Restored</source>
        <translation>&amp;4 Återställd</translation>
    </message>
    <message>
        <source>&amp;5 Verified</source>
        <translation>&amp;5 Verifierad</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Återställning</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Blocked by: {names}</source>
        <translation>Blockerad av: {names}</translation>
    </message>
    <message>
        <source>Set status: {status}</source>
        <translation>Sätt status: {status}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockerad</translation>
    </message>
    <message>
        <source>Filter: type part of a name, role or number</source>
        <translation>Filter: skriv en del av ett namn, en roll eller ett nummer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} hittade</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Rätta…</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>No open conflicts. Your amendments agree with the published binder.</source>
        <translation>Inga öppna konflikter. Dina rättelser stämmer med den publicerade pärmen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <source>Published value</source>
        <translation>Publicerat värde</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Staff &amp; mutual aid</source>
        <translation>Personal och stöd</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>S&amp;hifts</source>
        <translation>P&amp;ass</translation>
    </message>
    <message>
        <source>&amp;Mutual-aid partners</source>
        <translation>&amp;Samverkanspartner</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Ringlista</translation>
    </message>
    <message>
        <source>{position}: {name}</source>
        <translation>{position}: {name}</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Ringträd</translation>
    </message>
    <message>
        <source>Not verified in the last 180 days — check the number</source>
        <translation>Inte verifierad de senaste 180 dagarna — kontrollera numret</translation>
    </message>
    <message>
        <source>No channels recorded.</source>
        <translation>Inga kanaler registrerade.</translation>
    </message>
    <message>
        <source>New: {kind}</source>
        <translation>Ny: {kind}</translation>
    </message>
    <message>
        <source>Amend {title}</source>
        <translation>Rätta {title}</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Spara rättelsen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Your changes are kept as amendments and marked as such; the coordinator's version stays visible in the history.</source>
        <translation>Dina ändringar sparas som rättelser och märks som sådana; samordnarens version syns kvar i historiken.</translation>
    </message>
    <message>
        <source>Not found: {names}</source>
        <translation>Hittades inte: {names}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutiner</translation>
    </message>
    <message>
        <source>{minutes} min since activation</source>
        <translation>{minutes} min sedan aktivering</translation>
    </message>
    <message>
        <source>Running routine</source>
        <translation>Pågående rutin</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera &amp;klar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable</source>
        <translation>Ej a&amp;ktuell</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Start this routine</source>
        <translation>&amp;Starta rutinen</translation>
    </message>
    <message>
        <source>Running:</source>
        <translation>Pågår:</translation>
    </message>
    <message>
        <source>{title} (started {at} by {by})</source>
        <translation>{title} (startad {at} av {by})</translation>
    </message>
    <message>
        <source>overdue: step {steps}</source>
        <translation>försenat: steg {steps}</translation>
    </message>
    <message>
        <source>What happened or was decided? Enter saves</source>
        <translation>Vad hände eller beslutades? Enter sparar</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>Ny loggpost</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Typ av post</translation>
    </message>
    <message>
        <source>Occurred &amp;now</source>
        <translation>Hände &amp;nu</translation>
    </message>
    <message>
        <source>Time occurred</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Avbryt rättelsen</translation>
    </message>
    <message>
        <source>&amp;Correct selected entry…</source>
        <translation>&amp;Rätta vald post…</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Visa typ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>Correcting entry no. {seq}</source>
        <translation>Rättar post nr {seq}</translation>
    </message>
    <message>
        <source>Write what happened first.</source>
        <translation>Skriv först vad som hände.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Inträffade</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Correction of no. {seq}: </source>
        <translation>Rättelse av nr {seq}: </translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Utskrifter</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>Skriv &amp;ut eller spara som PDF…</translation>
    </message>
    <message>
        <source>Chec&amp;k a page code…</source>
        <translation>&amp;Kontrollera en sidkod…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Tidsmål (min)</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Copy {value}</source>
        <translation>Kopiera {value}</translation>
    </message>
    <message>
        <source>{label} (amended here)</source>
        <translation>{label} (rättad här)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>No display is available, so the window cannot open. The demo binder was written as a PDF instead: {path} ({pages} pages).</source>
        <translation>Ingen skärm finns, så fönstret kan inte öppnas. Demopärmen skrevs i stället som PDF: {path} ({pages} sidor).</translation>
    </message>
    <message>
        <source>Demo vault: {path} (passphrase: {passphrase})</source>
        <translation>Demovalv: {path} (lösenfras: {passphrase})</translation>
    </message>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are not set). Run 'binder gui' on the desktop, or use the command-line commands ('binder --help').</source>
        <translation>Ingen skärm finns (DISPLAY och WAYLAND_DISPLAY är inte satta). Kör 'binder gui' på skrivbordet, eller använd kommandona på kommandoraden ('binder --help').</translation>
    </message>
    <message>
        <source>open the desktop window</source>
        <translation>öppna skrivbordsfönstret</translation>
    </message>
    <message>
        <source>Open Krispärm's window. With --demo, create (once) and open the demo vault; its passphrase is shown in the window.</source>
        <translation>Öppna Krispärms fönster. Med --demo skapas (en gång) och öppnas demovalvet; dess lösenfras visas i fönstret.</translation>
    </message>
    <message>
        <source>open the demo vault</source>
        <translation>öppna demovalvet</translation>
    </message>
    <message>
        <source>with --demo and no display: where to write the demo binder PDF</source>
        <translation>med --demo och ingen skärm: var demopärmens PDF ska skrivas</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satellit</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Sms</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>Dygnet runt</translation>
    </message>
    <message>
        <source>On call weeks</source>
        <translation>Jourveckor</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Känslig</translation>
    </message>
    <message>
        <source>Life health</source>
        <translation>Liv och hälsa</translation>
    </message>
    <message>
        <source>Democracy rule of law</source>
        <translation>Demokrati och rättssäkerhet</translation>
    </message>
    <message>
        <source>Economy property</source>
        <translation>Ekonomi och egendom</translation>
    </message>
    <message>
        <source>Care recipients</source>
        <translation>Omsorgstagare</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Previously done</source>
        <translation>Gjort tidigare</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej aktuell</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Egen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>ligger kvar</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>övertagen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>&amp;About Krispärm</source>
        <translation>&amp;Om Krispärm</translation>
    </message>
    <message>
        <source>&amp;Keep my correction</source>
        <translation>&amp;Behåll min rättelse</translation>
    </message>
    <message>
        <source>&amp;Take the coordinator's value</source>
        <translation>&amp;Ta samordnarens värde</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(ännu inte)</translation>
    </message>
    <message>
        <source>(the coordinator removed this record)</source>
        <translation>(samordnaren har tagit bort posten)</translation>
    </message>
    <message>
        <source>About Krispärm</source>
        <translation>Om Krispärm</translation>
    </message>
    <message>
        <source>Bundled fonts: {fonts}</source>
        <translation>Medföljande typsnitt: {fonts}</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Rättad av</translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation>Typsnittslicenser</translation>
    </message>
    <message>
        <source>Kept your correction of {record}.</source>
        <translation>Din rättelse av {record} behölls.</translation>
    </message>
    <message>
        <source>Published value now</source>
        <translation>Publicerat värde nu</translation>
    </message>
    <message>
        <source>Published value when you corrected it</source>
        <translation>Publicerat värde när du rättade</translation>
    </message>
    <message>
        <source>Publisher fingerprint</source>
        <translation>Samordnarens fingeravtryck</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside} (LGPL v3), Python {python}. Works offline; Krispärm makes no network connections.</source>
        <translation>Qt {qt}, PySide6 {pyside} (LGPL v3), Python {python}. Fungerar utan nät; Krispärm gör inga nätverksanslutningar.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>The published value stays; your correction is kept in the history as resolved.</source>
        <translation>Det publicerade värdet gäller; din rättelse sparas i historiken som löst.</translation>
    </message>
    <message>
        <source>Laptop fingerprint</source>
        <translation>Datorns fingeravtryck</translation>
    </message>
    <message>
        <source>The publisher's signing key, read aloud when a laptop is set up.</source>
        <translation>Samordnarens signeringsnyckel; läs upp fingeravtrycket när en dator ställs in.</translation>
    </message>
    <message>
        <source>The fingerprint of this laptop's recipient (age1…), read aloud when the coordinator enrols it.</source>
        <translation>Fingeravtrycket för den här datorns mottagare (age1…), läses upp när samordnaren registrerar datorn.</translation>
    </message>
    <message>
        <source>Took the coordinator's value for {record}.</source>
        <translation>Samordnarens värde för {record} gäller nu.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>Din rättelse</translation>
    </message>
    <message>
        <source>Your value stays in this binder, marked as amended, to report to the coordinator.</source>
        <translation>Ditt värde gäller i den här pärmen, markerat som rättat, för att rapporteras till samordnaren.</translation>
    </message>
    <message>
        <source>The demo data is not installed with this copy of Krispärm.</source>
        <translation>Demodata är inte installerade med den här kopian av Krispärm.</translation>
    </message>
    <message>
        <source>A new language applies at once.</source>
        <translation>Ett nytt språk gäller direkt.</translation>
    </message>
    <message>
        <source>No conflicts: this is the publisher vault. Conflicts arise on a laptop when a bundle changes a field that laptop corrected.</source>
        <translation>Inga konflikter: det här är samordnarvalvet. Konflikter uppstår på en dator när ett paket ändrar ett fält som datorn har rättat.</translation>
    </message>
    <message>
        <source>Removed record {id}</source>
        <translation>Borttagen post {id}</translation>
    </message>
    <message>
        <source>Empty binder: import the coordinator's bundle (Ctrl+I)</source>
        <translation>Tom pärm: importera samordnarens paket (Ctrl+I)</translation>
    </message>
    <message>
        <source>Empty binder</source>
        <translation>Tom pärm</translation>
    </message>
    <message>
        <source>1 result — Enter opens it</source>
        <translation>1 träff — Enter öppnar den</translation>
    </message>
    <message>
        <source>This binder is empty. Add contacts, routines and systems with New in each section, or load a binder file with binder import-data.</source>
        <translation>Pärmen är tom. Lägg till kontakter, rutiner och system med Ny i varje del, eller läs in en pärmfil med binder import-data.</translation>
    </message>
    <message>
        <source>This laptop's binder is empty. Import the coordinator's bundle from the USB stick: Binder → Import from USB… (Ctrl+I).</source>
        <translation>Pärmen på den här datorn är tom. Importera samordnarens paket från USB-minnet: Pärm → Importera från USB… (Ctrl+I).</translation>
    </message>
    <message>
        <source>[Corrected by no. {seqs}] </source>
        <translation>[Rättad i nr {seqs}] </translation>
    </message>
    <message>
        <source>1 found</source>
        <translation>1 hittad</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <source>Operator: {name} ({role})</source>
        <translation>Operatör: {name} ({role})</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operatör: {name}</translation>
    </message>
    <message>
        <source>Change &amp;operator (shift handover)…</source>
        <translation>Byt o&amp;peratör (skiftbyte)…</translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation>Byt operatör</translation>
    </message>
    <message>
        <source>Who is at the keyboard?</source>
        <translation>Vem sitter vid datorn?</translation>
    </message>
    <message>
        <source>Shift handover: who takes over?</source>
        <translation>Skiftbyte: vem tar över?</translation>
    </message>
    <message>
        <source>Your name is recorded on every log entry, ticked step, status change and correction you make. Pick your name from the list or type it.</source>
        <translation>Ditt namn sparas på varje anteckning, avbockat steg, statusändring och rättelse som du gör. Välj ditt namn i listan eller skriv det.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Förnamn och efternamn</translation>
    </message>
    <message>
        <source>Your crisis role</source>
        <translation>Din krisroll</translation>
    </message>
    <message>
        <source>For example Chief of staff, Log keeper</source>
        <translation>Till exempel stabschef, loggförare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Crisis &amp;role:</source>
        <translation>K&amp;risroll:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Ta över</translation>
    </message>
    <message>
        <source>Write your name first.</source>
        <translation>Skriv ditt namn först.</translation>
    </message>
    <message>
        <source>What happened? Enter saves it as information</source>
        <translation>Vad har hänt? Enter sparar det som information</translation>
    </message>
    <message>
        <source>Decided by: {name}</source>
        <translation>Beslutat av: {name}</translation>
    </message>
    <message>
        <source>Change all &amp;keys…</source>
        <translation>Byt alla &amp;nycklar…</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>Styrka: {label}</translation>
    </message>
    <message>
        <source>Strength: {label}. {problem}</source>
        <translation>Styrka: {label}. {problem}</translation>
    </message>
    <message>
        <source>Change all keys</source>
        <translation>Byt alla nycklar</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>C&amp;hange all keys</source>
        <translation>&amp;Byt alla nycklar</translation>
    </message>
    <message>
        <source>Do this when the recovery sheet's envelope was opened, or a copy of the vault folder or a laptop may have been in the wrong hands. The vault and its backups are encrypted with a new key and you get a new recovery key; the old recovery key and old copies of the key file open nothing any more. Your passphrase stays the same.</source>
        <translation>Gör detta när kuvertet med återställningsbladet har öppnats, eller när en kopia av valvmappen eller en dator kan ha hamnat i fel händer. Valvet och dess säkerhetskopior krypteras med en ny nyckel och du får en ny återställningsnyckel; den gamla återställningsnyckeln och gamla kopior av nyckelfilen öppnar ingenting längre. Din lösenfras är densamma.</translation>
    </message>
    <message>
        <source>Your new recovery key — shown only now</source>
        <translation>Din nya återställningsnyckel – visas bara nu</translation>
    </message>
    <message>
        <source>All keys were changed. Print the new recovery sheet, seal it, and destroy the old one.</source>
        <translation>Alla nycklar har bytts. Skriv ut det nya återställningsbladet, försegla det och förstör det gamla.</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Skriv din nuvarande lösenfras.</translation>
    </message>
    <message>
        <source>Changing all keys…</source>
        <translation>Byter alla nycklar…</translation>
    </message>
    <message>
        <source>Change passph&amp;rase…</source>
        <translation>Byt lösen&amp;fras…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Byt lösenfras</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>N&amp;y lösenfras</translation>
    </message>
    <message>
        <source>Re&amp;peat the new passphrase</source>
        <translation>&amp;Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <source>The recovery key stays the same.</source>
        <translation>Återställningsnyckeln är densamma.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Byter lösenfras…</translation>
    </message>
    <message>
        <source>Crisis management team activated; first situation meeting at 09:00.</source>
        <translation>Krisledningsgruppen aktiverad; första lägesmötet klockan 09:00.</translation>
    </message>
    <message>
        <source>Krispärm — help</source>
        <translation>Krispärm — hjälp</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Guide for the &amp;crisis laptop</source>
        <translation>Guide för &amp;krisdatorn</translation>
    </message>
    <message>
        <source>Guide for the c&amp;oordinator</source>
        <translation>Guide för &amp;samordnaren</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>That link leads outside Krispärm's guides and is not opened here (no network). It is listed in the guide as text: {link}</source>
        <translation>Länken leder utanför Krispärms guider och öppnas inte här (inget nätverk). Den står i guiden som text: {link}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Help for this section</source>
        <translation>&amp;Hjälp för det här avsnittet</translation>
    </message>
    <message>
        <source>No contacts yet. They come with the coordinator's bundle: Binder → Import from USB… (Ctrl+I).</source>
        <translation>Inga kontakter ännu. De kommer med samordnarens paket: Pärm → Importera från USB… (Ctrl+I).</translation>
    </message>
    <message>
        <source>No contacts yet. Press New, or load the municipality's list with binder import-data.</source>
        <translation>Inga kontakter ännu. Tryck Ny, eller läs in kommunens lista med binder import-data.</translation>
    </message>
    <message>
        <source>No routines yet. They come with the coordinator's bundle: Binder → Import from USB… (Ctrl+I).</source>
        <translation>Inga rutiner ännu. De kommer med samordnarens paket: Pärm → Importera från USB… (Ctrl+I).</translation>
    </message>
    <message>
        <source>No routines yet. Press New, or load them with binder import-data.</source>
        <translation>Inga rutiner ännu. Tryck Ny, eller läs in dem med binder import-data.</translation>
    </message>
    <message>
        <source>No communication plan yet. It comes with the coordinator's bundle: Binder → Import from USB… (Ctrl+I).</source>
        <translation>Ingen kommunikationsplan ännu. Den kommer med samordnarens paket: Pärm → Importera från USB… (Ctrl+I).</translation>
    </message>
    <message>
        <source>No communication plan yet. Press New, or load it with binder import-data.</source>
        <translation>Ingen kommunikationsplan ännu. Tryck Ny, eller läs in den med binder import-data.</translation>
    </message>
    <message>
        <source>No staff yet. The roster comes with the coordinator's bundle (Ctrl+I).</source>
        <translation>Ingen personal ännu. Bemanningslistan kommer med samordnarens paket (Ctrl+I).</translation>
    </message>
    <message>
        <source>No staff yet. Press New, or load the roster with binder import-data.</source>
        <translation>Ingen personal ännu. Tryck Ny, eller läs in bemanningslistan med binder import-data.</translation>
    </message>
    <message>
        <source>No shifts yet. They come with the coordinator's bundle (Ctrl+I).</source>
        <translation>Inga arbetspass ännu. De kommer med samordnarens paket (Ctrl+I).</translation>
    </message>
    <message>
        <source>No shifts yet. Press New, or load them with binder import-data.</source>
        <translation>Inga arbetspass ännu. Tryck Ny, eller läs in dem med binder import-data.</translation>
    </message>
    <message>
        <source>No mutual-aid partners yet. They come with the coordinator's bundle (Ctrl+I).</source>
        <translation>Inga stödparter ännu. De kommer med samordnarens paket (Ctrl+I).</translation>
    </message>
    <message>
        <source>No mutual-aid partners yet. Press New, or load them with binder import-data.</source>
        <translation>Inga stödparter ännu. Tryck Ny, eller läs in dem med binder import-data.</translation>
    </message>
    <message>
        <source>No systems in the restoration list yet. It comes with the coordinator's bundle (Ctrl+I).</source>
        <translation>Inga system i återställningslistan ännu. Den kommer med samordnarens paket (Ctrl+I).</translation>
    </message>
    <message>
        <source>No systems in the restoration list yet. Add them with binder import-data.</source>
        <translation>Inga system i återställningslistan ännu. Lägg till dem med binder import-data.</translation>
    </message>
    <message>
        <source>Nothing matches the filter. Clear the filter box to see everything, or search the whole binder with Ctrl+K.</source>
        <translation>Inget matchar filtret. Töm filterrutan för att se allt, eller sök i hela pärmen med Ctrl+K.</translation>
    </message>
    <message>
        <source>No entries of this kind. Choose "All kinds" under Show to see every entry.</source>
        <translation>Inga anteckningar av den typen. Välj "Alla typer" under Visa för att se alla.</translation>
    </message>
    <message>
        <source>The incident log is empty. Type what happened in the line above and press Enter.</source>
        <translation>Loggboken är tom. Skriv vad som hänt på raden ovanför och tryck Enter.</translation>
    </message>
    <message>
        <source>No routine is running. Choose a routine above and press Start this routine.</source>
        <translation>Ingen rutin pågår. Välj en rutin ovanför och tryck Starta rutinen.</translation>
    </message>
    <message>
        <source>Nothing printed yet. Print the binder with Ctrl+P and keep the paper copy beside the laptop.</source>
        <translation>Inget har skrivits ut ännu. Skriv ut pärmen med Ctrl+P och ha papperskopian bredvid datorn.</translation>
    </message>
    <message>
        <source>Leave the USB stick in until the import is finished. Closing this window asks first.</source>
        <translation>Låt USB-minnet sitta kvar tills importen är klar. Om du stänger fönstret får du frågan först.</translation>
    </message>
    <message>
        <source>4. Importing</source>
        <translation>4. Importen pågår</translation>
    </message>
    <message>
        <source>5. Done</source>
        <translation>5. Klart</translation>
    </message>
    <message>
        <source>5. Stopped</source>
        <translation>5. Avbruten</translation>
    </message>
    <message>
        <source>The import was stopped before anything was saved. Nothing was changed.</source>
        <translation>Importen avbröts innan något sparades. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Avbryta importen?</translation>
    </message>
    <message>
        <source>The bundle is being imported. If you stop now, before it is saved, nothing changes. Stop the import?</source>
        <translation>Paketet importeras just nu. Om du avbryter nu, innan det har sparats, ändras ingenting. Vill du avbryta importen?</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>&amp;Keep importing</source>
        <translation>&amp;Fortsätt importera</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Snapshot. Page {page} of the {section} printed {at} in version {version}; it shows the situation at that time.</source>
        <translation>Ögonblicksbild. Sida {page} av {section}, utskriven {at} i version {version}; den visar läget vid den tidpunkten.</translation>
    </message>
    <message>
        <source>&amp;Save the identity file for the coordinator…</source>
        <translation>&amp;Spara identitetsfilen åt samordnaren…</translation>
    </message>
    <message>
        <source>For field reports: the coordinator enrols this laptop from the file and the fingerprint you read aloud.</source>
        <translation>För lägesrapporter: samordnaren registrerar den här datorn med filen och fingeravtrycket du läser upp.</translation>
    </message>
    <message>
        <source>Save the identity file</source>
        <translation>Spara identitetsfilen</translation>
    </message>
    <message>
        <source>Saved to {path}. Read this fingerprint aloud to the coordinator when the laptop is enrolled from the file:</source>
        <translation>Sparad i {path}. Läs upp det här fingeravtrycket för samordnaren när datorn registreras med filen:</translation>
    </message>
    <message>
        <source>Fingerprint of the identity file (both keys), to read aloud:</source>
        <translation>Identitetsfilens fingeravtryck (båda nycklarna), att läsa upp:</translation>
    </message>
    <message>
        <source>Se&amp;nd report to the coordinator…</source>
        <translation>Skicka &amp;rapport till samordnaren…</translation>
    </message>
    <message>
        <source>Import &amp;field reports from USB…</source>
        <translation>Läs in läges&amp;rapporter från USB…</translation>
    </message>
    <message>
        <source>(decided by {name})</source>
        <translation>(beslutat av {name})</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Blocked by {names}</source>
        <translation>Blockeras av {names}</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Satt av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>RTO (h)</source>
        <translation>RTO (h)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Accepted by {name}</source>
        <translation>Godtagen av {name}</translation>
    </message>
    <message>
        <source>Rejected by {name}</source>
        <translation>Avslagen av {name}</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Föreslaget värde</translation>
    </message>
    <message>
        <source>Published value when corrected</source>
        <translation>Publicerat värde vid rättelsen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>or: the laptop's identity file (field reports)</source>
        <translation>eller: datorns identitetsfil (lägesrapporter)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identitetsfil</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;ädra…</translation>
    </message>
    <message>
        <source>The fingerprint the laptop reads aloud</source>
        <translation>Fingeravtrycket som datorns användare läser upp</translation>
    </message>
    <message>
        <source>Fingerprint read aloud</source>
        <translation>Uppläst fingeravtryck</translation>
    </message>
    <message>
        <source>&amp;Enrol from file</source>
        <translation>&amp;Registrera från fil</translation>
    </message>
    <message>
        <source>To receive its field reports, enrol the laptop from its identity file instead, typing the fingerprint its user reads aloud.</source>
        <translation>För att ta emot datorns lägesrapporter registrerar du den i stället med dess identitetsfil och skriver in fingeravtrycket som användaren läser upp.</translation>
    </message>
    <message>
        <source>The laptop's identity file</source>
        <translation>Datorns identitetsfil</translation>
    </message>
    <message>
        <source>Send report to the coordinator</source>
        <translation>Skicka rapport till samordnaren</translation>
    </message>
    <message>
        <source>The report carries everything this laptop recorded that the coordinator has not confirmed yet: log entries, status changes, routine runs and your corrections. It is signed by this laptop and encrypted for the coordinator.</source>
        <translation>Rapporten innehåller allt som den här datorn har registrerat och som samordnaren inte har bekräftat än: anteckningar, statusändringar, rutinkörningar och dina rättelser. Den signeras av datorn och krypteras för samordnaren.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;Skriv rapporten</translation>
    </message>
    <message>
        <source>This report will carry: {counts}.</source>
        <translation>Rapporten kommer att innehålla: {counts}.</translation>
    </message>
    <message>
        <source>Save the report to</source>
        <translation>Spara rapporten i</translation>
    </message>
    <message>
        <source>Import field reports from USB</source>
        <translation>Läs in lägesrapporter från USB</translation>
    </message>
    <message>
        <source>Field reports found on USB sticks</source>
        <translation>Lägesrapporter på USB-stickor</translation>
    </message>
    <message>
        <source>No USB stick with a field report found yet. Insert the stick; this list refreshes by itself. Select several reports to import them together.</source>
        <translation>Ingen USB-sticka med en lägesrapport hittades än. Sätt i stickan; listan uppdateras av sig själv. Markera flera rapporter för att läsa in dem tillsammans.</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Välj &amp;filer…</translation>
    </message>
    <message>
        <source>1. Choose the field reports</source>
        <translation>1. Välj lägesrapporterna</translation>
    </message>
    <message>
        <source>2. Checking the reports</source>
        <translation>2. Rapporterna kontrolleras</translation>
    </message>
    <message>
        <source>3. What will be added</source>
        <translation>3. Det här läggs till</translation>
    </message>
    <message>
        <source>Choose the field reports</source>
        <translation>Välj lägesrapporterna</translation>
    </message>
    <message>
        <source>Krispärm field reports (*{suffix})</source>
        <translation>Krispärms lägesrapporter (*{suffix})</translation>
    </message>
    <message>
        <source>Chosen: {files}</source>
        <translation>Valt: {files}</translation>
    </message>
    <message>
        <source>&amp;Check reports</source>
        <translation>&amp;Kontrollera rapporterna</translation>
    </message>
    <message>
        <source>The reports were refused. Nothing was changed.</source>
        <translation>Rapporterna avvisades. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The coordinator's next bundle confirms these reports to the laptops.</source>
        <translation>Samordnarens nästa paket bekräftar rapporterna för datorerna.</translation>
    </message>
    <message>
        <source>The newest status of every system, set here or on any laptop, in restoration order. Red: blocked by a system not yet restored, or down longer than its RTO.</source>
        <translation>Senaste status för varje system, satt här eller på någon dator, i återställningsordning. Rött: blockeras av ett system som inte är återställt, eller nere längre än sin RTO.</translation>
    </message>
    <message>
        <source>{total} systems: {blocked} blocked, {overrun} past their RTO.</source>
        <translation>{total} system: {blocked} blockerade, {overrun} över sin RTO.</translation>
    </message>
    <message>
        <source>Accept the correction</source>
        <translation>Godta rättelsen</translation>
    </message>
    <message>
        <source>Reject the correction</source>
        <translation>Avslå rättelsen</translation>
    </message>
    <message>
        <source>{record}, {field}: {value} (proposed by {author} at {laptop})</source>
        <translation>{record}, {field}: {value} (föreslaget av {author} vid {laptop})</translation>
    </message>
    <message>
        <source>Goes back to the laptop with the next bundle</source>
        <translation>Går tillbaka till datorn med nästa paket</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avslå</translation>
    </message>
    <message>
        <source>Show &amp;decided corrections too</source>
        <translation>Visa även &amp;beslutade rättelser</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Godta…</translation>
    </message>
    <message>
        <source>The published record takes the laptop's value; the next bundle carries it.</source>
        <translation>Den publicerade posten får datorns värde; nästa paket för ut det.</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Avslå…</translation>
    </message>
    <message>
        <source>The published value stays; your reason goes back to the laptop.</source>
        <translation>Det publicerade värdet står kvar; din motivering går tillbaka till datorn.</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Visa anteckningar från</translation>
    </message>
    <message>
        <source>All laptops and the coordinator</source>
        <translation>Alla datorer och samordnaren</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Sedan</translation>
    </message>
    <message>
        <source>Only entries that occurred at or after this time</source>
        <translation>Bara det som inträffade vid eller efter den här tiden</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} anteckningar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>What the laptops recorded, brought here on USB sticks: import their reports, then read one timeline, the restoration board and their proposed corrections.</source>
        <translation>Det datorerna har registrerat, hit på USB-stickor: läs in deras rapporter och se sedan en gemensam tidslinje, återställningstavlan och deras föreslagna rättelser.</translation>
    </message>
    <message>
        <source>&amp;Import field reports from USB…</source>
        <translation>&amp;Läs in lägesrapporter från USB…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>Restoration &amp;board</source>
        <translation>Återställningsta&amp;vla</translation>
    </message>
    <message>
        <source>Proposed &amp;corrections</source>
        <translation>Föreslagna &amp;rättelser</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>The bundle was refused. Nothing was changed. Ask the coordinator for a new stick.</source>
        <translation>Paketet nekades. Inget har ändrats. Be samordnaren om ett nytt USB-minne.</translation>
    </message>
    <message>
        <source>The bundle was refused. Nothing was changed.</source>
        <translation>Paketet avvisades. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Your record {title} refers to {target}, which this bundle removes.</source>
        <translation>Din post {title} hänvisar till {target}, som det här paketet tar bort.</translation>
    </message>
</context>
</TS>
