<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Krispärm, Swedish core messages (CLI, vault, store, model, import/export).
  Voice: plain, calm, official but not stiff (MSB guidance, Swedish government sites).
  Say what happened and what to do: "Fel lösenfras. Inget har ändrats."
  Placeholders {name} must stay exactly as in the English source.

  Glossary (English = Swedish), shared with bundle.ts, printing.ts and gui.ts:
    vault = valv                     passphrase = lösenfras
    recovery key = återställningsnyckel   recovery sheet = återställningsblad
    backup = säkerhetskopia          bundle = paket (USB-paket)
    binder = pärm (krispärm)         record = post
    field = fält                     kind (of record) = typ
    incident log = loggbok           log entry = anteckning (i loggboken)
    correction, amendment = rättelse    amend = rätta
    routine = rutin                  step = steg
    routine run = genomförande (av en rutin)
    restoration = återställning      asset = system
    contact = kontakt                deputy = ersättare
    publisher, coordinator = samordnare   laptop = dator
    operator (the person at the keyboard) = operatör   crisis role = krisroll
    import = importera, import       export = exportera, export
    tampered with = manipulerad      intact = intakt
    read-only = skrivskyddad         shift = arbetspass
    "Nothing was changed." = "Inget har ändrats."
-->
<TS version="2.1" language="sv_SE">
<context>
    <name>core</name>
    <message>
        <source>Wrong passphrase. Nothing was changed. Check Caps Lock and try again, or use the recovery key.</source>
        <translation>Fel lösenfras. Inget har ändrats. Kontrollera Caps Lock och försök igen, eller använd återställningsnyckeln.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Det går inte att läsa filen med lösenfrasen {path}: {reason}.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <source>No passphrase given. Set BINDER_PASSPHRASE, use --passphrase-file, or run the command in a terminal.</source>
        <translation>Ingen lösenfras angavs. Ange BINDER_PASSPHRASE, använd --passphrase-file eller kör kommandot i en terminal.</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters): </source>
        <translation>Ny lösenfras (minst 8 tecken): </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Upprepa den nya lösenfrasen: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Lösenfraserna stämmer inte överens. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Återställningsnyckel: </translation>
    </message>
    <message>
        <source>Logged entry #{seq} at {time}.</source>
        <translation>Anteckning nr {seq} har förts in i loggboken ({time}).</translation>
    </message>
    <message>
        <source>The incident log is intact: {count} entries, hash chain verified.</source>
        <translation>Loggboken är intakt: hashkedjan har kontrollerats (antal anteckningar: {count}).</translation>
    </message>
    <message>
        <source>The incident log has been tampered with: {problem}.</source>
        <translation>Loggboken har manipulerats: {problem}.</translation>
    </message>
    <message>
        <source>when it happened, if earlier (e.g. 2026-11-25T08:40)</source>
        <translation>när det hände, om det var tidigare (t.ex. 2026-11-25T08:40)</translation>
    </message>
    <message>
        <source>for decisions: who decided</source>
        <translation>för beslut: vem som beslutade</translation>
    </message>
    <message>
        <source>for decisions: on what basis</source>
        <translation>för beslut: på vilket underlag</translation>
    </message>
    <message>
        <source>for decisions: who is affected</source>
        <translation>för beslut: vilka som berörs</translation>
    </message>
    <message>
        <source>the incident log (append-only)</source>
        <translation>loggboken (kan bara fyllas på, aldrig ändras)</translation>
    </message>
    <message>
        <source>append an entry</source>
        <translation>för in en anteckning</translation>
    </message>
    <message>
        <source>append a correction of an earlier entry</source>
        <translation>för in en rättelse av en tidigare anteckning</translation>
    </message>
    <message>
        <source>number of the entry to correct</source>
        <translation>numret på anteckningen som ska rättas</translation>
    </message>
    <message>
        <source>check the hash chain</source>
        <translation>kontrollera hashkedjan</translation>
    </message>
    <message>
        <source>Krispärm — the offline crisis binder.</source>
        <translation>Krispärm – krispärmen som fungerar helt utan uppkoppling.</translation>
    </message>
    <message>
        <source>vault directory (default: BINDER_VAULT or your data folder)</source>
        <translation>valvets mapp (standard: BINDER_VAULT eller din datamapp)</translation>
    </message>
    <message>
        <source>read the passphrase from FILE</source>
        <translation>läs lösenfrasen från FILE</translation>
    </message>
    <message>
        <source>language of messages (sv or en)</source>
        <translation>språk för meddelanden (sv eller en)</translation>
    </message>
    <message>
        <source>Interrupted. Nothing was changed by the unfinished step.</source>
        <translation>Avbrutet. Steget som inte hann slutföras har inte ändrat något.</translation>
    </message>
    <message>
        <source>Unexpected error ({name}: {reason}). Nothing more was changed. Set BINDER_DEBUG=1 for details.</source>
        <translation>Oväntat fel ({name}: {reason}). Inget mer har ändrats. Ange BINDER_DEBUG=1 för att se detaljer.</translation>
    </message>
    <message>
        <source>Started {time} by {who}; {minutes} min ago.</source>
        <translation>Startad {time} av {who}, för {minutes} min sedan.</translation>
    </message>
    <message>
        <source>Status of {asset} is now {status}.</source>
        <translation>Status för {asset} är nu {status}.</translation>
    </message>
    <message>
        <source>No staffing warnings.</source>
        <translation>Inga varningar om bemanningen.</translation>
    </message>
    <message>
        <source>start a routine and tick its steps</source>
        <translation>starta en rutin och bocka av dess steg</translation>
    </message>
    <message>
        <source>start a routine (creates a routine run)</source>
        <translation>starta en rutin (skapar ett genomförande av rutinen)</translation>
    </message>
    <message>
        <source>routine id</source>
        <translation>rutinens id</translation>
    </message>
    <message>
        <source>set the status of one step</source>
        <translation>ange status för ett steg</translation>
    </message>
    <message>
        <source>step number</source>
        <translation>stegets nummer</translation>
    </message>
    <message>
        <source>set the restoration status of an asset</source>
        <translation>ange återställningsstatus för ett system</translation>
    </message>
    <message>
        <source>asset id</source>
        <translation>systemets id</translation>
    </message>
    <message>
        <source>shifts that are too long or leave too little rest</source>
        <translation>arbetspass som är för långa eller ger för lite vila</translation>
    </message>
    <message>
        <source>corrects</source>
        <translation>rättar</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>väntar på</translation>
    </message>
    <message>
        <source>log entries are numbered; give the entry number</source>
        <translation>anteckningarna i loggboken är numrerade; ange anteckningens nummer</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Inga träffar.</translation>
    </message>
    <message>
        <source>is not valid JSON: {reason}</source>
        <translation>är inte giltig JSON: {reason}</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ska vara ett objekt</translation>
    </message>
    <message>
        <source>use FIELD=VALUE</source>
        <translation>skriv FÄLT=VÄRDE</translation>
    </message>
    <message>
        <source>use 'binder log add' or 'binder runs start' for this kind</source>
        <translation>använd 'binder log add' eller 'binder runs start' för den här typen</translation>
    </message>
    <message>
        <source>Saved {title} ({id}).</source>
        <translation>{title} ({id}) har sparats.</translation>
    </message>
    <message>
        <source>Deleted {id}.</source>
        <translation>{id} har tagits bort.</translation>
    </message>
    <message>
        <source>Imported {count} records from {source}.</source>
        <translation>Importen från {source} är klar (antal poster: {count}).</translation>
    </message>
    <message>
        <source>Wrote {count} records to {path}. This file is NOT encrypted: keep it safe or delete it.</source>
        <translation>Exporten till {path} är klar (antal poster: {count}). Filen är INTE krypterad: förvara den säkert eller radera den.</translation>
    </message>
    <message>
        <source>list records of one kind</source>
        <translation>lista poster av en typ</translation>
    </message>
    <message>
        <source>only records matching this text</source>
        <translation>bara poster som matchar den här texten</translation>
    </message>
    <message>
        <source>log entries of this kind</source>
        <translation>anteckningar av den här typen</translation>
    </message>
    <message>
        <source>show one record</source>
        <translation>visa en post</translation>
    </message>
    <message>
        <source>search every kind, best matches first</source>
        <translation>sök bland alla typer, bästa träffarna först</translation>
    </message>
    <message>
        <source>add a record</source>
        <translation>lägg till en post</translation>
    </message>
    <message>
        <source>change a record</source>
        <translation>ändra en post</translation>
    </message>
    <message>
        <source>a field value (JSON for lists)</source>
        <translation>ett fältvärde (JSON för listor)</translation>
    </message>
    <message>
        <source>read the fields from a JSON object ('-' for stdin)</source>
        <translation>läs fälten från ett JSON-objekt ('-' för standard in)</translation>
    </message>
    <message>
        <source>delete a record</source>
        <translation>ta bort en post</translation>
    </message>
    <message>
        <source>import a .json binder, a .csv of one kind or a .vcf of contacts</source>
        <translation>importera en pärm i .json, en .csv med en typ av poster eller en .vcf med kontakter</translation>
    </message>
    <message>
        <source>the kind a CSV file holds (default: from its name)</source>
        <translation>vilken typ av poster CSV-filen innehåller (standard: enligt filnamnet)</translation>
    </message>
    <message>
        <source>export to .json (everything), .csv (one kind) or .vcf (contacts)</source>
        <translation>exportera till .json (allt), .csv (en typ) eller .vcf (kontakter)</translation>
    </message>
    <message>
        <source>Your recovery key (shown only this once). Write it down or print it, and keep it sealed:</source>
        <translation>Din återställningsnyckel (visas bara den här gången). Skriv ner den eller skriv ut den, och förvara den förseglad:</translation>
    </message>
    <message>
        <source>With it you can open the vault and set a new passphrase if the passphrase is lost.</source>
        <translation>Med den kan du öppna valvet och välja en ny lösenfras om lösenfrasen går förlorad.</translation>
    </message>
    <message>
        <source>Created a new {role} vault in {path}.</source>
        <translation>Ett nytt valv ({role}) har skapats i {path}.</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>dator</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>samordnare</translation>
    </message>
    <message>
        <source>Created the demo vault (Norrbacka kommun) in {path} with {count} records.</source>
        <translation>Demovalvet (Norrbacka kommun) har skapats i {path} (antal poster: {count}).</translation>
    </message>
    <message>
        <source>Its passphrase is: {passphrase}</source>
        <translation>Lösenfrasen är: {passphrase}</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Nuvarande lösenfras: </translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key still works.</source>
        <translation>Lösenfrasen har bytts. Återställningsnyckeln fungerar fortfarande.</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path}</source>
        <translation>Krypterad säkerhetskopia sparad: {path}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Det finns inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>Restored the backup {name}.</source>
        <translation>Säkerhetskopian {name} har återställts.</translation>
    </message>
    <message>
        <source>create a new, empty vault</source>
        <translation>skapa ett nytt, tomt valv</translation>
    </message>
    <message>
        <source>the coordinator's master vault (exports bundles)</source>
        <translation>samordnarens huvudvalv (exporterar paket)</translation>
    </message>
    <message>
        <source>organisation name, e.g. 'Norrbacka kommun'</source>
        <translation>organisationens namn, t.ex. 'Norrbacka kommun'</translation>
    </message>
    <message>
        <source>short organisation id used in bundles</source>
        <translation>kort organisations-id som används i paketen</translation>
    </message>
    <message>
        <source>create a new vault holding the demo municipality</source>
        <translation>skapa ett nytt valv med demokommunen</translation>
    </message>
    <message>
        <source>change the passphrase (or set a new one with the recovery key)</source>
        <translation>byt lösenfras (eller välj en ny med återställningsnyckeln)</translation>
    </message>
    <message>
        <source>unlock with the recovery key instead</source>
        <translation>lås upp med återställningsnyckeln i stället</translation>
    </message>
    <message>
        <source>write an encrypted backup now</source>
        <translation>gör en krypterad säkerhetskopia nu</translation>
    </message>
    <message>
        <source>how many backups to keep</source>
        <translation>hur många säkerhetskopior som ska sparas</translation>
    </message>
    <message>
        <source>list the encrypted backups</source>
        <translation>lista de krypterade säkerhetskopiorna</translation>
    </message>
    <message>
        <source>restore a backup (default: the newest)</source>
        <translation>återställ en säkerhetskopia (standard: den senaste)</translation>
    </message>
    <message>
        <source>backup file name or path</source>
        <translation>säkerhetskopians filnamn eller sökväg</translation>
    </message>
    <message>
        <source>show what this vault is</source>
        <translation>visa vad det här är för valv</translation>
    </message>
    <message>
        <source>show or set the binder's metadata (organisation, classification, …)</source>
        <translation>visa eller ändra pärmens metadata (organisation, informationsklassning, …)</translation>
    </message>
    <message>
        <source>The vault is intact: every page verified, incident log chain of {count} entries verified.</source>
        <translation>Valvet är intakt: alla sidor och loggbokens kedja har kontrollerats (antal anteckningar: {count}).</translation>
    </message>
    <message>
        <source>verify every page of the vault and the incident log chain</source>
        <translation>kontrollera valvets alla sidor och loggbokens kedja</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed ({path}).</source>
        <translation>Disken är full; inget har ändrats ({path}).</translation>
    </message>
    <message>
        <source>Cannot write to {path}: it is read-only or not yours. Nothing was changed.</source>
        <translation>Det går inte att skriva till {path}: platsen är skrivskyddad eller tillhör inte dig. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Nothing was changed.</source>
        <translation>Det gick inte att skriva {path}: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <source>cannot tell which kind of record this CSV holds; name the file after the kind (e.g. contacts.csv) or give --kind</source>
        <translation>det går inte att avgöra vilken typ av poster CSV-filen innehåller; döp filen efter typen (t.ex. contacts.csv) eller ange --kind</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Det går inte att läsa {path}: {reason}.</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>är inte en vanlig fil</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>är större än {limit} MB</translation>
    </message>
    <message>
        <source>Could not read {path} ({reason}); was the USB stick removed? Nothing was changed.</source>
        <translation>Det gick inte att läsa {path} ({reason}); togs USB-minnet ut? Inget har ändrats.</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .json, .csv or .vcf</source>
        <translation>filtypen '{suffix}' stöds inte; använd .json, .csv eller .vcf</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte {pos})</source>
        <translation>är inte giltig UTF-8 (byte {pos})</translation>
    </message>
    <message>
        <source>contains NUL characters; is it really a CSV file?</source>
        <translation>innehåller NUL-tecken; är det verkligen en CSV-fil?</translation>
    </message>
    <message>
        <source>is empty; the first line must name the columns</source>
        <translation>är tom; första raden ska ange kolumnernas namn</translation>
    </message>
    <message>
        <source>unknown column '{column}'; expected some of: {columns}</source>
        <translation>okänd kolumn '{column}'; möjliga kolumner: {columns}</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>samma kolumnnamn förekommer två gånger</translation>
    </message>
    <message>
        <source>has {found} cells; the header has {expected}</source>
        <translation>antal celler är {found}, men rubrikraden har {expected}</translation>
    </message>
    <message>
        <source>is not valid CSV: {reason}</source>
        <translation>är inte giltig CSV: {reason}</translation>
    </message>
    <message>
        <source>is not a Krispärm binder file (format must be '{format}')</source>
        <translation>är ingen pärmfil från Krispärm (formatet ska vara '{format}')</translation>
    </message>
    <message>
        <source>has format version {found}; this Krispärm reads version {supported}. Update Krispärm.</source>
        <translation>har formatversion {found}; den här versionen av Krispärm läser version {supported}. Uppdatera Krispärm.</translation>
    </message>
    <message>
        <source>unknown section '{section}'</source>
        <translation>okänt avsnitt '{section}'</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ska vara en lista</translation>
    </message>
    <message>
        <source>expected a record id</source>
        <translation>ska vara ett id för en post</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>okänt fält</translation>
    </message>
    <message>
        <source>the id {id} appears twice in the file</source>
        <translation>id {id} förekommer två gånger i filen</translation>
    </message>
    <message>
        <source>id {id} belongs to another kind</source>
        <translation>id {id} tillhör en annan typ av post</translation>
    </message>
    <message>
        <source>{where}: this record comes from the coordinator and is read-only on this laptop. Nothing was imported.</source>
        <translation>{where}: posten kommer från samordnaren och är skrivskyddad på den här datorn. Inget har importerats.</translation>
    </message>
    <message>
        <source>refers to a {kind} that does not exist ({target})</source>
        <translation>hänvisar till en post som inte finns ({kind} {target})</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>måste fyllas i</translation>
    </message>
    <message>
        <source>a card starts before the previous one ended</source>
        <translation>ett kort börjar innan det förra har avslutats</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD utan BEGIN:VCARD</translation>
    </message>
    <message>
        <source>a card is too long</source>
        <translation>ett kort är för långt</translation>
    </message>
    <message>
        <source>text outside a card: expected BEGIN:VCARD</source>
        <translation>text utanför ett kort: BEGIN:VCARD förväntades</translation>
    </message>
    <message>
        <source>the last card has no END:VCARD (is the file cut short?)</source>
        <translation>det sista kortet saknar END:VCARD (är filen avkortad?)</translation>
    </message>
    <message>
        <source>contains no vCard (BEGIN:VCARD … END:VCARD)</source>
        <translation>innehåller inget vCard (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>is not a valid vCard: {reason}</source>
        <translation>är inte ett giltigt vCard: {reason}</translation>
    </message>
    <message>
        <source>restoration dependencies form a cycle: {cycle}</source>
        <translation>beroendena för återställningen går i cirkel: {cycle}</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ska vara text</translation>
    </message>
    <message>
        <source>contains control or direction-override characters</source>
        <translation>innehåller styrtecken eller tecken som ändrar skrivriktningen</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>får bara vara en rad</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>är längre än {limit} tecken</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ska vara ett heltal</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>ska vara mellan {low} och {high}</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ska vara ja eller nej (true eller false)</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>ska vara ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>expected a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>ska vara datum och klockslag (ÅÅÅÅ-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>ska vara något av: {choices}</translation>
    </message>
    <message>
        <source>has more than {limit} items</source>
        <translation>har fler än {limit} värden</translation>
    </message>
    <message>
        <source>is not a phone number: {value}</source>
        <translation>är inte ett telefonnummer: {value}</translation>
    </message>
    <message>
        <source>Keep this sheet in a sealed envelope in a locked place (a safe or the crisis room).</source>
        <translation>Förvara bladet i ett förseglat kuvert på ett låst ställe (ett kassaskåp eller krisrummet).</translation>
    </message>
    <message>
        <source>The recovery key opens the vault if the passphrase is forgotten.</source>
        <translation>Återställningsnyckeln öppnar valvet om lösenfrasen glöms bort.</translation>
    </message>
    <message>
        <source>Anyone holding this key and a copy of the vault can read it.</source>
        <translation>Den som har nyckeln och en kopia av valvet kan läsa det.</translation>
    </message>
    <message>
        <source>In Krispärm: tick 'Use the recovery key instead' and type the key.</source>
        <translation>I Krispärm: kryssa i 'Använd återställningsnyckeln i stället' och skriv nyckeln.</translation>
    </message>
    <message>
        <source>Set a new passphrase afterwards and print a new sheet if the envelope was opened.</source>
        <translation>Välj sedan en ny lösenfras och skriv ut ett nytt blad om kuvertet har öppnats.</translation>
    </message>
    <message>
        <source>Krispärm recovery sheet</source>
        <translation>Krispärm – återställningsblad</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
    <message>
        <source>Vault id: {id}</source>
        <translation>Valvets id: {id}</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>Skapat: {date}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Envelope sealed by (name, date):</source>
        <translation>Kuvertet förseglat av (namn, datum):</translation>
    </message>
    <message>
        <source>The coordinator changed this field in bundle {sequence}; the bundle's value is now shown.</source>
        <translation>Samordnaren ändrade fältet i paket {sequence}; paketets värde visas nu.</translation>
    </message>
    <message>
        <source>The coordinator removed this record in bundle {sequence}.</source>
        <translation>Samordnaren tog bort posten i paket {sequence}.</translation>
    </message>
    <message>
        <source>The coordinator adopted this correction in bundle {sequence}.</source>
        <translation>Samordnaren tog in rättelsen i paket {sequence}.</translation>
    </message>
    <message>
        <source>On the publisher vault, edit the record itself instead of amending it.</source>
        <translation>I samordnarens valv ändrar du själva posten i stället för att göra en rättelse.</translation>
    </message>
    <message>
        <source>Only records from the coordinator are amended; edit local records directly.</source>
        <translation>Bara poster från samordnaren får rättelser; ändra lokala poster direkt.</translation>
    </message>
    <message>
        <source>unknown field '{field}'; use one of: {fields}</source>
        <translation>okänt fält '{field}'; använd ett av: {fields}</translation>
    </message>
    <message>
        <source>The new value is the same as the published one; nothing to amend.</source>
        <translation>Det nya värdet är samma som det publicerade; inget att rätta.</translation>
    </message>
    <message>
        <source>No open conflict has the id {id}. See 'binder conflicts list'.</source>
        <translation>Ingen öppen konflikt har id {id}. Se 'binder conflicts list'.</translation>
    </message>
    <message>
        <source>The coordinator removed this record; the local value cannot be kept on it. Use --take-published and tell the coordinator.</source>
        <translation>Samordnaren har tagit bort posten; det lokala värdet kan inte behållas på den. Använd --take-published och meddela samordnaren.</translation>
    </message>
    <message>
        <source>No log entry number {seq}.</source>
        <translation>Det finns ingen anteckning nr {seq} i loggboken.</translation>
    </message>
    <message>
        <source>unknown kind '{kind}'; use one of: {kinds}</source>
        <translation>okänd typ '{kind}'; använd någon av: {kinds}</translation>
    </message>
    <message>
        <source>No {kind} with id {id}.</source>
        <translation>Hittade ingen post ({kind}) med id {id}.</translation>
    </message>
    <message>
        <source>a record cannot refer to itself</source>
        <translation>en post kan inte hänvisa till sig själv</translation>
    </message>
    <message>
        <source>This record comes from the coordinator and is read-only on this laptop. Use 'amend' to record a correction.</source>
        <translation>Posten kommer från samordnaren och är skrivskyddad på den här datorn. Använd 'amend' för att göra en rättelse.</translation>
    </message>
    <message>
        <source>is still used by: {users}</source>
        <translation>används fortfarande av: {users}</translation>
    </message>
    <message>
        <source>No routine run with id {id}.</source>
        <translation>Det finns inget genomförande av en rutin med id {id}.</translation>
    </message>
    <message>
        <source>The routine has no step {number}.</source>
        <translation>Rutinen har inget steg {number}.</translation>
    </message>
    <message>
        <source>The vault database is damaged or has been tampered with ({reason}). Nothing was changed. Restore the latest backup with 'binder restore'.</source>
        <translation>Valvets databas är skadad eller har manipulerats ({reason}). Inget har ändrats. Återställ den senaste säkerhetskopian med 'binder restore'.</translation>
    </message>
    <message>
        <source>The vault is in use by another Krispärm window or command. Wait for it to finish and try again.</source>
        <translation>Valvet används av ett annat Krispärm-fönster eller kommando. Vänta tills det är klart och försök igen.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Krispärm (schema {found}, this version reads up to {supported}). Update Krispärm to open it.</source>
        <translation>Valvet har skapats av en nyare version av Krispärm (schema {found}; den här versionen läser upp till {supported}). Uppdatera Krispärm för att öppna det.</translation>
    </message>
    <message>
        <source>The key file of the vault is damaged ({reason}).</source>
        <translation>Valvets nyckelfil är skadad ({reason}).</translation>
    </message>
    <message>
        <source>Wrong recovery key. Nothing was changed. Check the characters against the recovery sheet.</source>
        <translation>Fel återställningsnyckel. Inget har ändrats. Jämför tecknen med återställningsbladet.</translation>
    </message>
    <message>
        <source>The key file of the vault is damaged ({reason}). Restore the latest backup with 'binder restore'.</source>
        <translation>Valvets nyckelfil är skadad ({reason}). Återställ den senaste säkerhetskopian med 'binder restore'.</translation>
    </message>
    <message>
        <source>A vault already exists at {path}. Nothing was changed.</source>
        <translation>Det finns redan ett valv i {path}. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Lösenfrasen måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <source>No vault at {path}. Create one with 'binder init' or 'binder demo'.</source>
        <translation>Det finns inget valv i {path}. Skapa ett med 'binder init' eller 'binder demo'.</translation>
    </message>
    <message>
        <source>The key file of the vault at {path} is missing. Restore it from a backup copy of the vault folder.</source>
        <translation>Nyckelfilen för valvet i {path} saknas. Återställ den från en säkerhetskopia av valvets mapp.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <source>There is no backup to restore in {path}.</source>
        <translation>Det finns ingen säkerhetskopia att återställa i {path}.</translation>
    </message>
    <message>
        <source>No backup at {path}.</source>
        <translation>Det finns ingen säkerhetskopia i {path}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too ({reason}). Nothing was changed.</source>
        <translation>Säkerhetskopian {path} är också skadad ({reason}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>is not a known time zone (for example Europe/Stockholm)</source>
        <translation>är ingen känd tidszon (till exempel Europe/Stockholm)</translation>
    </message>
    <message>
        <source>{name}: a shift of {hours} h (over 12 h)</source>
        <translation>{name}: ett arbetspass på {hours} h (över 12 h)</translation>
    </message>
    <message>
        <source>{name}: only {hours} h of rest before a shift (under 11 h)</source>
        <translation>{name}: bara {hours} h vila före ett arbetspass (under 11 h)</translation>
    </message>
    <message>
        <source>{name}: {hours} h of work in 7 days (over 48 h)</source>
        <translation>{name}: {hours} h arbete på 7 dagar (över 48 h)</translation>
    </message>
    <message>
        <source>No operator given: say who is doing this with --operator NAME or set BINDER_OPERATOR=NAME. Nothing was changed.</source>
        <translation>Ingen operatör angiven: ange vem som gör detta med --operator NAMN eller sätt BINDER_OPERATOR=NAMN. Inget har ändrats.</translation>
    </message>
    <message>
        <source>who writes the entry (default: the operator)</source>
        <translation>vem som skriver anteckningen (standard: operatören)</translation>
    </message>
    <message>
        <source>the writer's crisis role</source>
        <translation>skribentens krisroll</translation>
    </message>
    <message>
        <source>for decisions: who decided (default: the operator)</source>
        <translation>för beslut: vem som beslutade (standard: operatören)</translation>
    </message>
    <message>
        <source>who is at the keyboard, recorded on log entries, ticks, status changes and corrections (default: BINDER_OPERATOR)</source>
        <translation>vem som sitter vid datorn; sparas på anteckningar, avbockade steg, statusändringar och rättelser (standard: BINDER_OPERATOR)</translation>
    </message>
    <message>
        <source>who did it (default: the operator)</source>
        <translation>vem som gjorde det (standard: operatören)</translation>
    </message>
    <message>
        <source>is required: the name of the person doing this</source>
        <translation>krävs: namnet på den som gör detta</translation>
    </message>
    <message>
        <source>who corrects it (default: the operator)</source>
        <translation>vem som rättar (standard: operatören)</translation>
    </message>
    <message>
        <source>All keys were changed: the vault and its backups are encrypted with a new key. The passphrase stays the same; the old recovery key and old copies of the key file open nothing any more.</source>
        <translation>Alla nycklar har bytts: valvet och dess säkerhetskopior är krypterade med en ny nyckel. Lösenfrasen är densamma; den gamla återställningsnyckeln och gamla kopior av nyckelfilen öppnar ingenting längre.</translation>
    </message>
    <message>
        <source>Recovery sheet written: {path}</source>
        <translation>Återställningsbladet har sparats: {path}</translation>
    </message>
    <message>
        <source>The key file of the vault is intact; nothing to bring back.</source>
        <translation>Valvets nyckelfil är intakt; det finns inget att hämta tillbaka.</translation>
    </message>
    <message>
        <source>The key file was brought back from a verified copy. The vault opens again.</source>
        <translation>Nyckelfilen har hämtats tillbaka från en kontrollerad kopia. Valvet går att öppna igen.</translation>
    </message>
    <message>
        <source>Restoring the backup {name} ({created}).</source>
        <translation>Återställer säkerhetskopian {name} ({created}).</translation>
    </message>
    <message>
        <source>The current database cannot be read: what changed since the backup cannot be listed or carried over. A raw copy of it is kept among the backups.</source>
        <translation>Den nuvarande databasen går inte att läsa: det som ändrats sedan säkerhetskopian kan inte listas eller föras över. En oförändrad kopia av den sparas bland säkerhetskopiorna.</translation>
    </message>
    <message>
        <source>Incident-log entries written since the backup are kept: {count}.</source>
        <translation>Anteckningar i loggboken som skrivits sedan säkerhetskopian behålls: {count}.</translation>
    </message>
    <message>
        <source>These changes made since the backup will be lost:</source>
        <translation>Följande ändringar sedan säkerhetskopian går förlorade:</translation>
    </message>
    <message>
        <source>Nothing else was changed since the backup.</source>
        <translation>Inget annat har ändrats sedan säkerhetskopian.</translation>
    </message>
    <message>
        <source>Restoring needs a confirmation: run it in a terminal, or add --yes. Nothing was changed.</source>
        <translation>Återställningen måste bekräftas: kör kommandot i en terminal eller lägg till --yes. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Restore this backup? [y/N] </source>
        <translation>Återställa den här säkerhetskopian? [j/N] </translation>
    </message>
    <message>
        <source>Not restored. Nothing was changed.</source>
        <translation>Inte återställd. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The vault as it was before is kept as the backup {name}.</source>
        <translation>Valvet som det var innan sparas som säkerhetskopian {name}.</translation>
    </message>
    <message>
        <source>change all keys: a new data key and a new recovery key</source>
        <translation>byt alla nycklar: en ny datanyckel och en ny återställningsnyckel</translation>
    </message>
    <message>
        <source>also write the new recovery sheet (PDF) to FILE</source>
        <translation>spara också det nya återställningsbladet (PDF) i FIL</translation>
    </message>
    <message>
        <source>how many of the newest automatic backups always to keep</source>
        <translation>hur många av de senaste automatiska säkerhetskopiorna som alltid sparas</translation>
    </message>
    <message>
        <source>do not ask for confirmation (for scripts)</source>
        <translation>fråga inte om bekräftelse (för skript)</translation>
    </message>
    <message>
        <source>bring back a missing or damaged key file from a verified copy</source>
        <translation>hämta tillbaka en saknad eller skadad nyckelfil från en kontrollerad kopia</translation>
    </message>
    <message>
        <source>The key file of the vault at {path} is missing or damaged and no copy of it was found beside the backups. Without a key file the vault cannot be opened: bring back the whole vault folder from a copy you made of it.</source>
        <translation>Nyckelfilen för valvet i {path} saknas eller är skadad, och ingen kopia av den finns bland säkerhetskopiorna. Utan nyckelfil går valvet inte att öppna: hämta tillbaka hela valvmappen från en kopia du har gjort av den.</translation>
    </message>
    <message>
        <source>None of the {count} copies of the key file opens with this recovery key. Nothing was changed. Check the characters against the recovery sheet.</source>
        <translation>Ingen av de {count} kopiorna av nyckelfilen öppnas med den här återställningsnyckeln. Inget har ändrats. Jämför tecknen med återställningsbladet.</translation>
    </message>
    <message>
        <source>None of the {count} copies of the key file opens with this passphrase. Nothing was changed. Try an earlier passphrase, or use the recovery key (--recovery).</source>
        <translation>Ingen av de {count} kopiorna av nyckelfilen öppnas med den här lösenfrasen. Inget har ändrats. Prova en tidigare lösenfras eller använd återställningsnyckeln (--recovery).</translation>
    </message>
    <message>
        <source>Argon2 iterations out of range</source>
        <translation>Argon2-iterationer utanför tillåtna gränser</translation>
    </message>
    <message>
        <source>Argon2 memory out of range</source>
        <translation>Argon2-minne utanför tillåtna gränser</translation>
    </message>
    <message>
        <source>Argon2 lanes out of range</source>
        <translation>Argon2-trådar utanför tillåtna gränser</translation>
    </message>
    <message>
        <source>invalid nonce</source>
        <translation>ogiltigt nonce</translation>
    </message>
    <message>
        <source>invalid salt</source>
        <translation>ogiltigt salt</translation>
    </message>
    <message>
        <source>invalid wrapped key</source>
        <translation>ogiltig inkapslad nyckel</translation>
    </message>
    <message>
        <source>The key file keyslots.json has been altered or damaged ({reason}). Nothing was changed. A verified copy is kept with every backup: bring it back with 'binder restore-keys' (your passphrase or --recovery).</source>
        <translation>Nyckelfilen keyslots.json är ändrad eller skadad ({reason}). Inget har ändrats. En kontrollerad kopia sparas med varje säkerhetskopia: hämta tillbaka den med 'binder restore-keys' (din lösenfras eller --recovery).</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen är för stor</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>inte giltig JSON</translation>
    </message>
    <message>
        <source>not a key file</source>
        <translation>inte en nyckelfil</translation>
    </message>
    <message>
        <source>not a Krispärm key file</source>
        <translation>inte en nyckelfil från Krispärm</translation>
    </message>
    <message>
        <source>no valid version</source>
        <translation>ingen giltig version</translation>
    </message>
    <message>
        <source>This vault's key file was made by a newer Krispärm (format {found}, this version reads up to {supported}). Update Krispärm to open it.</source>
        <translation>Valvets nyckelfil är gjord av en nyare Krispärm (format {found}, den här versionen läser upp till {supported}). Uppdatera Krispärm för att öppna det.</translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation>oväntade eller saknade fält</translation>
    </message>
    <message>
        <source>no valid vault id</source>
        <translation>inget giltigt valv-id</translation>
    </message>
    <message>
        <source>no valid list of slots</source>
        <translation>ingen giltig lista över nyckelplatser</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>kontrollsumman stämmer inte med innehållet</translation>
    </message>
    <message>
        <source>the passphrase slot is missing</source>
        <translation>nyckelplatsen för lösenfrasen saknas</translation>
    </message>
    <message>
        <source>a slot is not an object</source>
        <translation>en nyckelplats är inte ett objekt</translation>
    </message>
    <message>
        <source>unknown slot type</source>
        <translation>okänd typ av nyckelplats</translation>
    </message>
    <message>
        <source>a slot has unexpected or missing fields</source>
        <translation>en nyckelplats har oväntade eller saknade fält</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>okänd nyckelhärledning</translation>
    </message>
    <message>
        <source>unknown passphrase normalisation</source>
        <translation>okänd normalisering av lösenfrasen</translation>
    </message>
    <message>
        <source>The incident log is shorter than when it was last written: entries {first}–{last} are missing (the vault was probably damaged in a crash). Nothing was changed. Restore the latest backup with 'binder restore': entries still in the vault are kept.</source>
        <translation>Loggboken är kortare än när den senast skrevs: anteckning {first}–{last} saknas (valvet skadades troligen vid en krasch). Inget har ändrats. Återställ den senaste säkerhetskopian med 'binder restore': anteckningar som finns kvar i valvet behålls.</translation>
    </message>
    <message>
        <source>Incident-log entry {seq} is not the one last written. Nothing was changed. Restore the latest backup with 'binder restore'.</source>
        <translation>Anteckning {seq} i loggboken är inte den som senast skrevs. Inget har ändrats. Återställ den senaste säkerhetskopian med 'binder restore'.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Mycket stark</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Write a passphrase.</source>
        <translation>Skriv en lösenfras.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (a common password, a name, a pattern or a date).</source>
        <translation>Lösenfrasen är för lätt att gissa (ett vanligt lösenord, ett namn, ett mönster eller ett datum).</translation>
    </message>
    <message>
        <source>Use four or more unusual words with spaces, e.g. '{example}' (choose your own).</source>
        <translation>Använd fyra eller fler ovanliga ord med mellanslag, t.ex. '{example}' (välj egna ord).</translation>
    </message>
    <message>
        <source>{problem} {advice} Nothing was changed.</source>
        <translation>{problem} {advice} Inget har ändrats.</translation>
    </message>
    <message>
        <source>ticked routine steps</source>
        <translation>avbockade steg i rutiner</translation>
    </message>
    <message>
        <source>started routines</source>
        <translation>startade rutiner</translation>
    </message>
    <message>
        <source>restoration status changes</source>
        <translation>ändrad återställningsstatus</translation>
    </message>
    <message>
        <source>local corrections</source>
        <translation>lokala rättelser</translation>
    </message>
    <message>
        <source>printed copies</source>
        <translation>utskrivna exemplar</translation>
    </message>
    <message>
        <source>bundle imports</source>
        <translation>importerade paket</translation>
    </message>
    <message>
        <source>enrolled laptops</source>
        <translation>registrerade datorer</translation>
    </message>
    <message>
        <source>trusted publisher keys</source>
        <translation>betrodda samordnarnycklar</translation>
    </message>
    <message>
        <source>records ({kind})</source>
        <translation>poster ({kind})</translation>
    </message>
    <message>
        <source>The backup {path} does not open with this vault's key or is damaged. Nothing was changed. Choose another backup ('binder backups').</source>
        <translation>Säkerhetskopian {path} öppnas inte med valvets nyckel eller är skadad. Inget har ändrats. Välj en annan säkerhetskopia ('binder backups').</translation>
    </message>
    <message>
        <source>Restored the backup {name} ({created}); {count} log entries written after it were carried over.</source>
        <translation>Säkerhetskopian {name} ({created}) återställdes; {count} anteckningar som skrivits efter den fördes över.</translation>
    </message>
    <message>
        <source>The restored incident log does not verify ({reason}). Nothing was changed.</source>
        <translation>Den återställda loggboken går inte att verifiera ({reason}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>filen saknas</translation>
    </message>
    <message>
        <source>The vault database {path} is empty: it holds none of this vault's data. Nothing was changed. Restore the latest backup with 'binder restore'.</source>
        <translation>Valvets databas {path} är tom: den innehåller inget av valvets data. Inget har ändrats. Återställ den senaste säkerhetskopian med 'binder restore'.</translation>
    </message>
    <message>
        <source>The vault database {path} belongs to another vault (id {found}), not to this key file (id {expected}). Nothing was changed. Put the right vault.db back, or restore the latest backup with 'binder restore'.</source>
        <translation>Valvets databas {path} hör till ett annat valv (id {found}), inte till den här nyckelfilen (id {expected}). Inget har ändrats. Lägg tillbaka rätt vault.db eller återställ den senaste säkerhetskopian med 'binder restore'.</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .json, .csv, .xlsx or .vcf</source>
        <translation>filtypen '{suffix}' stöds inte; använd .json, .csv, .xlsx eller .vcf</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>the delimiter must be one of , ; or tab</source>
        <translation>avgränsaren måste vara , ; eller tab</translation>
    </message>
    <message>
        <source>is not valid CSV: a quotation mark is missing or out of place</source>
        <translation>är inte giltig CSV: ett citattecken saknas eller står fel</translation>
    </message>
    <message>
        <source>is not valid UTF-16 (byte {pos})</source>
        <translation>är inte giltig UTF-16 (byte {pos})</translation>
    </message>
    <message>
        <source>is neither UTF-8 nor Windows-1252 text (byte {pos})</source>
        <translation>är varken UTF-8- eller Windows-1252-text (byte {pos})</translation>
    </message>
    <message>
        <source>this record comes from the coordinator and is read-only on this laptop</source>
        <translation>posten kommer från samordnaren och är skrivskyddad på den här datorn</translation>
    </message>
    <message>
        <source>is not a vCard line (expected NAME:value)</source>
        <translation>är ingen vCard-rad (väntade NAMN:värde)</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>är inte giltig base64</translation>
    </message>
    <message>
        <source>uses an unknown character set '{charset}'</source>
        <translation>använder en okänd teckenuppsättning '{charset}'</translation>
    </message>
    <message>
        <source>is not valid {charset} text</source>
        <translation>är inte giltig text i {charset}</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} MB</source>
        <translation>blir större än {limit} MB uppackad</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx) that can be read</source>
        <translation>är ingen läsbar Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>cannot tell which kind of record this workbook holds; name the sheet or the file after the kind (e.g. contacts) or give --kind</source>
        <translation>det går inte att avgöra vilken typ av poster arbetsboken innehåller; döp bladet eller filen efter typen (t.ex. kontakter) eller ange --kind</translation>
    </message>
    <message>
        <source>is not an e-mail address: {value}</source>
        <translation>är ingen e-postadress: {value}</translation>
    </message>
    <message>
        <source>is required by {title}; delete or change that first</source>
        <translation>behövs av {title}; ta bort eller ändra den först</translation>
    </message>
    <message>
        <source>{title} comes from the coordinator and refers to this record; it cannot be deleted on this laptop.</source>
        <translation>{title} kommer från samordnaren och hänvisar till den här posten; posten kan inte tas bort på den här datorn.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{title} is referred to by:</source>
        <translation>Dessa poster hänvisar till {title}:</translation>
    </message>
    <message>
        <source>is still used by {count} records; nothing was deleted (give --yes to delete it and remove the references)</source>
        <translation>används fortfarande av {count} poster; inget har tagits bort (ange --yes för att ta bort den och hänvisningarna till den)</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Inget har tagits bort.</translation>
    </message>
    <message>
        <source>Removed the reference from {title}.</source>
        <translation>Hänvisningen i {title} har tagits bort.</translation>
    </message>
    <message>
        <source>Read {source} as {encoding}, columns separated by {delimiter}.</source>
        <translation>{source} lästes som {encoding}, med {delimiter} mellan kolumnerna.</translation>
    </message>
    <message>
        <source>Preview of {source} (nothing was written):</source>
        <translation>Förhandsvisning av {source} (inget har sparats):</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nya</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrade</translation>
    </message>
    <message>
        <source>Possible duplicates (imported as new; check them):</source>
        <translation>Möjliga dubbletter (importerade som nya; kontrollera dem):</translation>
    </message>
    <message>
        <source>Skipped {count} invalid rows:</source>
        <translation>{count} ogiltiga rader hoppades över:</translation>
    </message>
    <message>
        <source>do not ask; also remove references to it</source>
        <translation>fråga inte; ta också bort hänvisningar till posten</translation>
    </message>
    <message>
        <source>import a .json binder, a .csv or .xlsx of records, or a .vcf of contacts</source>
        <translation>importera en pärm (.json), poster (.csv eller .xlsx) eller kontakter (.vcf)</translation>
    </message>
    <message>
        <source>the kind a CSV file or sheet holds (default: from its name)</source>
        <translation>vilken typ av poster CSV-filen eller bladet innehåller (standard: efter namnet)</translation>
    </message>
    <message>
        <source>show what would be new, changed, unchanged or a possible duplicate; write nothing</source>
        <translation>visa vad som blir nytt, ändrat, oförändrat eller möjliga dubbletter; spara ingenting</translation>
    </message>
    <message>
        <source>import the valid rows and list every skipped row with its reason</source>
        <translation>importera de giltiga raderna och lista varje överhoppad rad med orsak</translation>
    </message>
    <message>
        <source>export to .json (everything), .csv (one kind, log or runs), .xlsx or .vcf (contacts)</source>
        <translation>exportera till .json (allt), .csv (en typ, loggboken eller genomföranden), .xlsx eller .vcf (kontakter)</translation>
    </message>
    <message>
        <source>CSV column separator: , ; or tab (Excel in Swedish: ;)</source>
        <translation>avgränsare mellan kolumnerna i CSV: , ; eller tab (svenskt Excel: ;)</translation>
    </message>
    <message>
        <source>Delete it and remove it from these records? [y/N]</source>
        <translation>Ta bort den och hänvisningarna i dessa poster? [j/N]</translation>
    </message>
    <message>
        <source>Delete {title}? [y/N]</source>
        <translation>Ta bort {title}? [j/N]</translation>
    </message>
    <message>
        <source>has a value in a column without a name</source>
        <translation>har ett värde i en kolumn utan namn</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importerar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Pärm</translation>
    </message>
    <message>
        <source>Warning: the time occurred ({time}) is in the future. Check the date; a correction can be logged with 'binder log correct'.</source>
        <translation>Varning: tidpunkten då det hände ({time}) ligger i framtiden. Kontrollera datumet; en rättelse kan föras in med 'binder log correct'.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>(no channels recorded)</source>
        <translation>(inga kanaler registrerade)</translation>
    </message>
    <message>
        <source>Call, in this order:</source>
        <translation>Ring, i den här ordningen:</translation>
    </message>
    <message>
        <source>If no answer, the deputies in order:</source>
        <translation>Om ingen svarar, ersättarna i tur och ordning:</translation>
    </message>
    <message>
        <source>{name} calls in turn (call tree):</source>
        <translation>{name} ringer i sin tur (ringträd):</translation>
    </message>
    <message>
        <source>Also matching: {names}</source>
        <translation>Träffar också: {names}</translation>
    </message>
    <message>
        <source>id, the start of an id, or a name</source>
        <translation>id, början av ett id eller ett namn</translation>
    </message>
    <message>
        <source>who to call for a crisis role or a name, in order, with every channel and the deputies</source>
        <translation>vem som ska ringas för en krisroll eller ett namn, i tur och ordning, med alla kanaler och ersättarna</translation>
    </message>
    <message>
        <source>Warning: {dependencies} not restored yet; recorded in the incident log (#{seq}).</source>
        <translation>Varning: {dependencies} är inte återställt ännu; noterat i loggboken (nr {seq}).</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fast telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Satellite phone</source>
        <translation>Satellittelefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Rakel</source>
        <translation>Rakel</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Budbärare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Kontorstid</translation>
    </message>
    <message>
        <source>On-call weeks</source>
        <translation>Beredskapsveckor</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <source>Device group</source>
        <translation>Enhetsgrupp</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Democracy and rule of law</source>
        <translation>Demokrati och rättssäkerhet</translation>
    </message>
    <message>
        <source>Life and health</source>
        <translation>Liv och hälsa</translation>
    </message>
    <message>
        <source>Economy and property</source>
        <translation>Ekonomi och egendom</translation>
    </message>
    <message>
        <source>Care recipients and relatives</source>
        <translation>Omsorgstagare och anhöriga</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Neighbour municipalities</source>
        <translation>Grannkommuner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samverkansparter</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Myndigheter</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Leverantörer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Underrättelse</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsult</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>Bistånd</translation>
    </message>
    <message>
        <source>Own staff</source>
        <translation>Egen personal</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nere</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolerad</translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation>Återuppbyggs</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifierad</translation>
    </message>
    <message>
        <source>No contact or crisis role matches '{typed}'.</source>
        <translation>Ingen kontakt eller krisroll matchar '{typed}'.</translation>
    </message>
    <message>
        <source>talk group {group}</source>
        <translation>talgrupp {group}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Obs</translation>
    </message>
    <message>
        <source>not verified in the last 180 days</source>
        <translation>inte verifierad de senaste 180 dagarna</translation>
    </message>
    <message>
        <source>Corrected on this laptop</source>
        <translation>Rättat på den här datorn</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>coordinator (publisher)</source>
        <translation>samordnare (huvudexemplar)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Valv</translation>
    </message>
    <message>
        <source>Binder version</source>
        <translation>Pärmversion</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Valvets id</translation>
    </message>
    <message>
        <source>'{typed}' matches several records: {candidates}. Give more of the name or the id.</source>
        <translation>'{typed}' matchar flera poster: {candidates}. Ange mer av namnet eller id:t.</translation>
    </message>
    <message>
        <source>No {kind} named '{name}'.</source>
        <translation>Hittade ingen post ({kind}) som heter '{name}'.</translation>
    </message>
    <message>
        <source>{asset} was set to {status} while these dependencies are not restored: {dependencies}.</source>
        <translation>{asset} sattes till {status} fast de här beroendena inte är återställda: {dependencies}.</translation>
    </message>
    <message>
        <source>Wrote the guide to {path}. Print it and keep it with the paper binder.</source>
        <translation>Guiden är sparad i {path}. Skriv ut den och förvara den med pappersparmen.</translation>
    </message>
    <message>
        <source>show the user guide (the crisis laptop, or the coordinator's)</source>
        <translation>visa guiden (för krisdatorn eller för samordnaren)</translation>
    </message>
    <message>
        <source>Show the step-by-step guide in the terminal, or write it as a PDF to print. The same guide opens in the window with F1.</source>
        <translation>Visa guiden steg för steg i terminalen, eller spara den som PDF att skriva ut. Samma guide öppnas i fönstret med F1.</translation>
    </message>
    <message>
        <source>the coordinator's guide (default: the crisis laptop's)</source>
        <translation>samordnarens guide (standard: guiden för krisdatorn)</translation>
    </message>
    <message>
        <source>language of the guide (sv or en)</source>
        <translation>guidens språk (sv eller en)</translation>
    </message>
    <message>
        <source>write the guide as a PDF to FILE</source>
        <translation>spara guiden som PDF i FILE</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälptexten och avsluta</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de här argumenten måste anges: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ett värde behövs</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>minst ett värde behövs</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>högst ett värde får anges</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s värde behövs</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s värden behövs</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>går inte att använda tillsammans med %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>flaggan %(option)s är tvetydig, den kan vara %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s måste anges</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>värdet %r ignorerades</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde: %(value)r</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>det går inte att öppna '%(filename)s': %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>okänt kommando %(parser_name)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>print the result as JSON, for scripts</source>
        <translation>skriv ut resultatet som JSON, för skript</translation>
    </message>
    <message>
        <source>the record's id (binder list shows it)</source>
        <translation>postens id (binder list visar det)</translation>
    </message>
    <message>
        <source>kind of record: contacts, routines, assets, comms, staff, shifts, partners</source>
        <translation>typ av post: contacts (kontakter), routines (rutiner), assets (system), comms (kommunikation), staff (personal), shifts (arbetspass), partners (stöd)</translation>
    </message>
    <message>
        <source>kind of record in the file (for .csv)</source>
        <translation>typ av poster i filen (för .csv)</translation>
    </message>
    <message>
        <source>the field to correct</source>
        <translation>fältet som ska rättas</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message>
        <source>the fingerprint, read aloud by the other side</source>
        <translation>fingeravtrycket, uppläst av den andra parten</translation>
    </message>
    <message>
        <source>the laptop's name, for example "Stabsrum 1"</source>
        <translation>datorns namn, till exempel "Stabsrum 1"</translation>
    </message>
    <message>
        <source>the laptop's recipient (age1…), from binder identity</source>
        <translation>datorns mottagaradress (age1…), från binder identity</translation>
    </message>
    <message>
        <source>keep this laptop's correction</source>
        <translation>behåll rättelsen på den här datorn</translation>
    </message>
    <message>
        <source>take the coordinator's value</source>
        <translation>ta samordnarens värde</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>texten</translation>
    </message>
    <message>
        <source>priority: normal or high</source>
        <translation>prioritet: normal eller hög (high)</translation>
    </message>
    <message>
        <source>a note to keep with it</source>
        <translation>en anteckning som sparas med den</translation>
    </message>
    <message>
        <source>a remark to keep with the step</source>
        <translation>en kommentar som sparas med steget</translation>
    </message>
    <message>
        <source>the routine run's id (binder list runs)</source>
        <translation>genomförandets id (binder list runs)</translation>
    </message>
    <message>
        <source>the new status</source>
        <translation>den nya statusen</translation>
    </message>
    <message>
        <source>order of the list (restoration: in restoration order)</source>
        <translation>listans ordning (restoration: i återställningsordning)</translation>
    </message>
    <message>
        <source>largest or latest first</source>
        <translation>störst eller senast först</translation>
    </message>
    <message>
        <source>at most this many</source>
        <translation>högst så här många</translation>
    </message>
    <message>
        <source>clear this field</source>
        <translation>töm fältet</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE</source>
        <translation>läs den nya lösenfrasen från FILE</translation>
    </message>
    <message>
        <source>set a field: FIELD=VALUE</source>
        <translation>sätt ett fält: FÄLT=VÄRDE</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exempel:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exempel:</translation>
    </message>
    <message>
        <source>Guides: binder guide (the crisis laptop), binder guide --coordinator; F1 in the window.</source>
        <translation>Guider: binder guide (krisdatorn), binder guide --coordinator (samordnaren); F1 i fönstret.</translation>
    </message>
    <message>
        <source>show the program's version and exit</source>
        <translation>visa programmets version och avsluta</translation>
    </message>
    <message>
        <source>The guide {name} is not installed with this copy of Krispärm. Reinstall Krispärm from the installation stick.</source>
        <translation>Guiden {name} är inte installerad med den här Krispärm. Installera om Krispärm från installationsminnet.</translation>
    </message>
    <message>
        <source>What to do with this sheet</source>
        <translation>Så gör du med det här bladet</translation>
    </message>
    <message>
        <source>1. Seal it now: put this sheet in an envelope, seal it, and sign and date across the seal (the box below). Make no copies and do not photograph it.</source>
        <translation>1. Försegla det nu: lägg bladet i ett kuvert, klistra igen det och skriv namn och datum över förseglingen (rutan nedan). Kopiera det inte och fotografera det inte.</translation>
    </message>
    <message>
        <source>2. Keep the envelope in a locked place away from the laptop: the safe, or the crisis room's locked cabinet. Write down who has the key to that place.</source>
        <translation>2. Förvara kuvertet inlåst och inte tillsammans med datorn: i kassaskåpet eller i krisrummets låsta skåp. Skriv upp vem som har nyckel dit.</translation>
    </message>
    <message>
        <source>3. Open it only when nobody remembers the passphrase. In Krispärm tick 'Use the recovery key instead', type the key, and choose a new passphrase.</source>
        <translation>3. Öppna det bara när ingen minns lösenfrasen. Kryssa i 'Använd återställningsnyckeln i stället' i Krispärm, skriv nyckeln och välj en ny lösenfras.</translation>
    </message>
    <message>
        <source>4. Make a new sheet when the envelope has been opened or may have been read, or a copy of the vault may be in the wrong hands: run 'binder rekey --sheet FILE' (in the window: Binder → Change all keys), print the new sheet, seal it, and shred this one. After that this key opens nothing.</source>
        <translation>4. Gör ett nytt blad när kuvertet har öppnats eller kan ha lästs, eller när en kopia av valvet kan ha hamnat i fel händer: kör 'binder rekey --sheet FIL' (i fönstret: Pärm → Byt alla nycklar), skriv ut det nya bladet, försegla det och riv sönder det här. Efter det öppnar den här nyckeln ingenting.</translation>
    </message>
    <message>
        <source>Anyone holding this key and a copy of the vault can read everything in it.</source>
        <translation>Den som har den här nyckeln och en kopia av valvet kan läsa allt i det.</translation>
    </message>
    <message>
        <source>all of them, not only the open ones</source>
        <translation>alla, inte bara de öppna</translation>
    </message>
    <message>
        <source>why, in a few words (it goes back to the laptop)</source>
        <translation>varför, med några ord (det skickas tillbaka till datorn)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-filen som ska skrivas</translation>
    </message>
    <message>
        <source>a crisis role or a person's name, for example krisledningschef</source>
        <translation>en krisroll eller en persons namn, till exempel krisledningschef</translation>
    </message>
    <message>
        <source>{count} contacts not verified in the last {days} days.</source>
        <translation>{count} kontakter har inte verifierats de senaste {days} dagarna.</translation>
    </message>
    <message>
        <source>1 contact not verified in the last {days} days.</source>
        <translation>1 kontakt har inte verifierats de senaste {days} dagarna.</translation>
    </message>
    <message>
        <source>The binder bundle expired on {date}. Ask the coordinator for a new one.</source>
        <translation>Pärmens paket gick ut {date}. Be samordnaren om ett nytt.</translation>
    </message>
    <message>
        <source>The plan was due for review on {date}.</source>
        <translation>Planen skulle ha reviderats senast {date}.</translation>
    </message>
    <message>
        <source>Valid as of</source>
        <translation>Gäller per</translation>
    </message>
    <message>
        <source>{what}: fractional numbers are not allowed ({value}).</source>
        <translation>{what}: decimaltal är inte tillåtna ({value}).</translation>
    </message>
    <message>
        <source>{what}: {value} is not allowed in JSON.</source>
        <translation>{what}: {value} är inte tillåtet i JSON.</translation>
    </message>
    <message>
        <source>{what}: not in canonical JSON form (sorted keys, no spaces).</source>
        <translation>{what}: inte i kanonisk JSON-form (sorterade nycklar, inga mellanslag).</translation>
    </message>
    <message>
        <source>{what}: a number is too long ({digits} digits).</source>
        <translation>{what}: ett tal är för långt ({digits} siffror).</translation>
    </message>
    <message>
        <source>{what}: contains a NUL byte.</source>
        <translation>{what}: innehåller en NUL-byte.</translation>
    </message>
    <message>
        <source>{what}: nested deeper than {limit} levels.</source>
        <translation>{what}: nästlat djupare än {limit} nivåer.</translation>
    </message>
    <message>
        <source>{what}: contains an unpaired or escaped surrogate character.</source>
        <translation>{what}: innehåller ett ensamt eller kodat surrogattecken.</translation>
    </message>
    <message>
        <source>{what}: not valid UTF-8 (byte {offset}).</source>
        <translation>{what}: inte giltig UTF-8 (byte {offset}).</translation>
    </message>
    <message>
        <source>{what}: not valid JSON ({reason}).</source>
        <translation>{what}: inte giltig JSON ({reason}).</translation>
    </message>
    <message>
        <source>{what}: the key "{key}" appears twice.</source>
        <translation>{what}: nyckeln "{key}" förekommer två gånger.</translation>
    </message>
</context>
</TS>
