<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>bundle</name>
    <message>
        <source>The encrypted part of the bundle is malformed ({reason}). Nothing was changed.</source>
        <translation>Paketets krypterade del är felaktig ({reason}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle passphrase copy asks for a scrypt work factor of 2^{found}; the limit is 2^{limit}. Refused without trying.</source>
        <translation>Paketets lösenfraskopia kräver en scrypt-arbetsfaktor på 2^{found}; gränsen är 2^{limit}. Avvisat utan försök.</translation>
    </message>
    <message>
        <source>Backing up the vault</source>
        <translation>Säkerhetskopierar valvet</translation>
    </message>
    <message>
        <source>Applying the bundle</source>
        <translation>Läser in paketet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>This is the publisher vault: it makes bundles; they are imported on the laptops.</source>
        <translation>Det här är utgivarvalvet: det skapar paket; de läses in på datorerna.</translation>
    </message>
    <message>
        <source>This bundle expired on {date}: its data may be out of date. Import it only if nothing newer is available, and confirm that you accept stale data (--accept-expired). Nothing was changed.</source>
        <translation>Paketet gick ut {date}: uppgifterna kan vara inaktuella. Läs bara in det om inget nyare finns, och bekräfta att du godtar inaktuella uppgifter (--accept-expired). Inget har ändrats.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Det finns ingen inläsning att ångra.</translation>
    </message>
    <message>
        <source>The backup taken before import {sequence} is gone ({name}); it cannot be undone. Nothing was changed.</source>
        <translation>Säkerhetskopian från före inläsning {sequence} finns inte längre ({name}); den kan inte ångras. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Another import finished first (number {current}). Nothing was changed.</source>
        <translation>En annan inläsning blev klar först (nummer {current}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Expired binder bundle {sequence} (expired {date}) imported with an explicit acknowledgement of stale data. Signed by {fingerprints}.</source>
        <translation>Utgånget pärmpaket {sequence} (gick ut {date}) inläst med uttryckligt godkännande av inaktuella uppgifter. Signerat av {fingerprints}.</translation>
    </message>
    <message>
        <source>The bundle header is malformed: {what} is not base64 text.</source>
        <translation>Paketets huvud är felaktigt: {what} är inte base64-text.</translation>
    </message>
    <message>
        <source>The bundle header is not a signed envelope (DSSE).</source>
        <translation>Paketets huvud är inget signerat kuvert (DSSE).</translation>
    </message>
    <message>
        <source>The signed header has the wrong type ({found}); it was not made for a Krispärm bundle.</source>
        <translation>Det signerade huvudet har fel typ ({found}); det är inte gjort för ett Krispärm-paket.</translation>
    </message>
    <message>
        <source>The bundle is not signed. Nothing was changed.</source>
        <translation>Paketet är inte signerat. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle header has more than {limit} signatures.</source>
        <translation>Paketets huvud har fler än {limit} signaturer.</translation>
    </message>
    <message>
        <source>The bundle has valid signatures from {found} trusted keys, but {needed} are required. Nothing was changed.</source>
        <translation>Paketet har giltiga signaturer från {found} betrodda nycklar, men {needed} krävs. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle header is malformed: a signature entry has the wrong shape.</source>
        <translation>Paketets huvud är felaktigt: en signaturpost har fel form.</translation>
    </message>
    <message>
        <source>The bundle is not signed by a publisher key this laptop trusts (unknown, removed or altered). Nothing was changed.</source>
        <translation>Paketet är inte signerat med en utgivarnyckel som den här datorn litar på (okänd, borttagen eller ändrad). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Collecting the published binder</source>
        <translation>Samlar ihop den publicerade pärmen</translation>
    </message>
    <message>
        <source>Encrypting for the enrolled laptops</source>
        <translation>Krypterar för de registrerade datorerna</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signerar</translation>
    </message>
    <message>
        <source>Writing the bundle file</source>
        <translation>Skriver paketfilen</translation>
    </message>
    <message>
        <source>Writing the check sheet</source>
        <translation>Skriver kontrollbladet</translation>
    </message>
    <message>
        <source>The bundle must expire in 1 to {limit} days.</source>
        <translation>Paketet måste gälla i 1 till {limit} dagar.</translation>
    </message>
    <message>
        <source>No laptop is enrolled. Add one with 'binder recipients add NAME age1…' first. Nothing was written.</source>
        <translation>Ingen dator är registrerad. Lägg först till en med 'binder recipients add NAMN age1…'. Inget har skrivits.</translation>
    </message>
    <message>
        <source>The bundle passphrase must have at least 12 characters.</source>
        <translation>Paketets lösenfras måste ha minst 12 tecken.</translation>
    </message>
    <message>
        <source>The binder is too large for one bundle ({size} bytes).</source>
        <translation>Pärmen är för stor för ett paket ({size} byte).</translation>
    </message>
    <message>
        <source>Another export ran at the same time. Nothing was written; try again.</source>
        <translation>En annan export kördes samtidigt. Inget har skrivits; försök igen.</translation>
    </message>
    <message>
        <source>The bundle header would be {size} bytes; the limit is {limit}.</source>
        <translation>Paketets huvud skulle bli {size} byte; gränsen är {limit}.</translation>
    </message>
    <message>
        <source>The file is empty. It is not a Krispärm bundle.</source>
        <translation>Filen är tom. Den är inget Krispärm-paket.</translation>
    </message>
    <message>
        <source>This is not a Krispärm bundle (its first line is wrong).</source>
        <translation>Det här är inget Krispärm-paket (första raden är fel).</translation>
    </message>
    <message>
        <source>The bundle is cut off before its header (truncated copy?).</source>
        <translation>Paketet tar slut före huvudet (ofullständig kopia?).</translation>
    </message>
    <message>
        <source>The bundle header is empty.</source>
        <translation>Paketets huvud är tomt.</translation>
    </message>
    <message>
        <source>The bundle header claims {size} bytes; the limit is {limit}. The file is damaged or forged.</source>
        <translation>Paketets huvud påstås vara {size} byte; gränsen är {limit}. Filen är skadad eller förfalskad.</translation>
    </message>
    <message>
        <source>The bundle is cut off inside its header (truncated copy?).</source>
        <translation>Paketet tar slut mitt i huvudet (ofullständig kopia?).</translation>
    </message>
    <message>
        <source>The bundle is cut off inside its first line (truncated copy?).</source>
        <translation>Paketet tar slut mitt i första raden (ofullständig kopia?).</translation>
    </message>
    <message>
        <source>The signed bundle header is malformed ({what}). Nothing was changed.</source>
        <translation>Paketets signerade huvud är felaktigt ({what}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle content would be {size} bytes; the limit is {limit}.</source>
        <translation>Paketets innehåll skulle bli {size} byte; gränsen är {limit}.</translation>
    </message>
    <message>
        <source>The bundle claims more than {limit} records.</source>
        <translation>Paketet påstår sig ha fler än {limit} poster.</translation>
    </message>
    <message>
        <source>Bundle content, line {line}: {problem} Nothing was changed.</source>
        <translation>Paketets innehåll, rad {line}: {problem} Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle content does not end with a complete line.</source>
        <translation>Paketets innehåll slutar inte med en hel rad.</translation>
    </message>
    <message>
        <source>The bundle content is missing its first lines.</source>
        <translation>Paketets innehåll saknar de första raderna.</translation>
    </message>
    <message>
        <source>The bundle holds more than {limit} records.</source>
        <translation>Paketet innehåller fler än {limit} poster.</translation>
    </message>
    <message>
        <source>The encrypted content belongs to another bundle (its first line does not match the signed header). It may have been swapped. Nothing was changed.</source>
        <translation>Det krypterade innehållet hör till ett annat paket (första raden stämmer inte med det signerade huvudet). Det kan ha bytts ut. Inget har ändrats.</translation>
    </message>
    <message>
        <source>expected the binder metadata.</source>
        <translation>pärmens grunduppgifter väntades.</translation>
    </message>
    <message>
        <source>the binder metadata is not in canonical form.</source>
        <translation>pärmens grunduppgifter är inte i normalform.</translation>
    </message>
    <message>
        <source>the organisation id differs from the signed header.</source>
        <translation>organisations-id skiljer sig från det signerade huvudet.</translation>
    </message>
    <message>
        <source>The record counts in the content differ from the signed header ({found} against {expected}). Nothing was changed.</source>
        <translation>Antalet poster i innehållet skiljer sig från det signerade huvudet ({found} mot {expected}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>The content of {kinds} differs from the signed header (hash mismatch). Nothing was changed.</source>
        <translation>Innehållet i {kinds} skiljer sig från det signerade huvudet (kontrollsumman stämmer inte). Inget har ändrats.</translation>
    </message>
    <message>
        <source>the record is not in canonical form (normalisation changed it).</source>
        <translation>posten är inte i normalform (normaliseringen ändrade den).</translation>
    </message>
    <message>
        <source>the line is longer than {limit} bytes.</source>
        <translation>raden är längre än {limit} byte.</translation>
    </message>
    <message>
        <source>not a record line.</source>
        <translation>ingen postrad.</translation>
    </message>
    <message>
        <source>unknown record kind '{kind}'.</source>
        <translation>okänd posttyp '{kind}'.</translation>
    </message>
    <message>
        <source>the record id is not a UUID.</source>
        <translation>postens id är inget UUID.</translation>
    </message>
    <message>
        <source>the record id {id} appears twice.</source>
        <translation>post-id {id} förekommer två gånger.</translation>
    </message>
    <message>
        <source>records are not sorted by kind and id.</source>
        <translation>posterna är inte sorterade efter typ och id.</translation>
    </message>
    <message>
        <source>the version is not a whole number.</source>
        <translation>versionen är inget heltal.</translation>
    </message>
    <message>
        <source>more than {limit} records of one kind.</source>
        <translation>fler än {limit} poster av en typ.</translation>
    </message>
    <message>
        <source>The bundle content is inconsistent: {problem}. Nothing was changed.</source>
        <translation>Paketets innehåll hänger inte ihop: {problem}. Inget har ändrats.</translation>
    </message>
    <message>
        <source>This vault has no age identity.</source>
        <translation>Valvet saknar age-identitet.</translation>
    </message>
    <message>
        <source>Laptops are enrolled on the coordinator's publisher vault, not here.</source>
        <translation>Datorer registreras i samordnarens utgivarvalv, inte här.</translation>
    </message>
    <message>
        <source>The laptop name must be 1–80 characters without control characters.</source>
        <translation>Datorns namn måste vara 1–80 tecken utan styrtecken.</translation>
    </message>
    <message>
        <source>No enrolled laptop is called '{name}'.</source>
        <translation>Ingen registrerad dator heter '{name}'.</translation>
    </message>
    <message>
        <source>'{value}' is not an age recipient (it should start with age1…).</source>
        <translation>'{value}' är ingen age-mottagare (den ska börja med age1…).</translation>
    </message>
    <message>
        <source>This recipient is already enrolled as '{name}'.</source>
        <translation>Mottagaren är redan registrerad som '{name}'.</translation>
    </message>
    <message>
        <source>No trusted key has the fingerprint {fingerprint}.</source>
        <translation>Ingen betrodd nyckel har fingeravtrycket {fingerprint}.</translation>
    </message>
    <message>
        <source>This is a laptop vault; only the coordinator's publisher vault has a signing key.</source>
        <translation>Det här är ett datorvalv; bara samordnarens utgivarvalv har en signeringsnyckel.</translation>
    </message>
    <message>
        <source>The publisher vault has no signing key.</source>
        <translation>Utgivarvalvet saknar signeringsnyckel.</translation>
    </message>
    <message>
        <source>This laptop trusts no publisher yet. Ask the coordinator for the key file and run 'binder trust add FILE --fingerprint …'.</source>
        <translation>Den här datorn litar ännu inte på någon utgivare. Be samordnaren om nyckelfilen och kör 'binder trust add FIL --fingerprint …'.</translation>
    </message>
    <message>
        <source>{path} is too large to be a publisher key file.</source>
        <translation>{path} är för stor för att vara en utgivarnyckelfil.</translation>
    </message>
    <message>
        <source>{path} is not a Krispärm publisher key file.</source>
        <translation>{path} är ingen utgivarnyckelfil för Krispärm.</translation>
    </message>
    <message>
        <source>The key in the file is not a usable Ed25519 public key (wrong length, low order or not on the curve). Nothing was changed.</source>
        <translation>Nyckeln i filen är ingen användbar publik Ed25519-nyckel (fel längd, låg ordning eller inte på kurvan). Inget har ändrats.</translation>
    </message>
    <message>
        <source>This is the publisher vault; trust is set on the laptops.</source>
        <translation>Det här är utgivarvalvet; förtroende ställs in på datorerna.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the key file. Do NOT trust this file: it may have been swapped. Expected {expected}, the file has {actual}.</source>
        <translation>Fingeravtrycket stämmer inte med nyckelfilen. Lita INTE på filen: den kan ha bytts ut. Väntat {expected}, filen har {actual}.</translation>
    </message>
    <message>
        <source>The key file names no organisation id.</source>
        <translation>Nyckelfilen anger inget organisations-id.</translation>
    </message>
    <message>
        <source>The key file is malformed (threshold or key-set version).</source>
        <translation>Nyckelfilen är felaktig (tröskel eller version av nyckeluppsättningen).</translation>
    </message>
    <message>
        <source>The key rotation chain in the bundle is malformed.</source>
        <translation>Kedjan av nyckelbyten i paketet är felaktig.</translation>
    </message>
    <message>
        <source>Cannot read the key file {path}: {reason}.</source>
        <translation>Kan inte läsa nyckelfilen {path}: {reason}.</translation>
    </message>
    <message>
        <source>This key belongs to organisation '{found}', but this laptop takes bundles for '{expected}'. Nothing was changed.</source>
        <translation>Nyckeln hör till organisationen '{found}', men den här datorn tar emot paket för '{expected}'. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The threshold must be between 1 and the number of trusted keys ({count}).</source>
        <translation>Tröskeln måste vara mellan 1 och antalet betrodda nycklar ({count}).</translation>
    </message>
    <message>
        <source>The key rotation chain skips from version {have} to {found}; this laptop cannot follow it.</source>
        <translation>Kedjan av nyckelbyten hoppar från version {have} till {found}; datorn kan inte följa den.</translation>
    </message>
    <message>
        <source>The key rotation statement is for another organisation.</source>
        <translation>Intyget om nyckelbyte gäller en annan organisation.</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>en symbolisk länk</translation>
    </message>
    <message>
        <source>The bundle is dated in the future: this computer's clock looks wrong.</source>
        <translation>Paketet är daterat i framtiden: datorns klocka verkar gå fel.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Kontrollerar filen</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <source>{path} is {what}, not a bundle file. Only regular files are read. Nothing was changed.</source>
        <translation>{path} är {what}, ingen paketfil. Bara vanliga filer läses. Inget har ändrats.</translation>
    </message>
    <message>
        <source>{path} is {size} bytes; a bundle may be at most {limit} bytes. Nothing was read or changed.</source>
        <translation>{path} är {size} byte; ett paket får vara högst {limit} byte. Inget har lästs eller ändrats.</translation>
    </message>
    <message>
        <source>Incomplete copy: {path} changed size while it was read ({expected} bytes expected, {found} read); was the USB stick removed? Nothing was changed.</source>
        <translation>Ofullständig kopia: {path} ändrade storlek under läsningen ({expected} byte väntades, {found} lästes); togs USB-minnet ut? Inget har ändrats.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Krispärm (format {format}, schema {schema}). Update Krispärm on this laptop, then import it again. Nothing was changed.</source>
        <translation>Paketet är gjort av en nyare Krispärm (format {format}, schema {schema}). Uppdatera Krispärm på den här datorn och läs sedan in det igen. Inget har ändrats.</translation>
    </message>
    <message>
        <source>This bundle is for another organisation ('{found}'); this laptop takes bundles for '{expected}'. Nothing was changed.</source>
        <translation>Paketet är avsett för en annan organisation ('{found}'); den här datorn tar emot paket för '{expected}'. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle is cut off: {count} bytes of its content are missing (truncated copy?). Nothing was changed.</source>
        <translation>Paketet är avkortat: {count} byte av innehållet saknas (ofullständig kopia?). Inget har ändrats.</translation>
    </message>
    <message>
        <source>This bundle was not encrypted for this laptop. Ask the coordinator to enrol it ('binder identity' shows what to send). Nothing was changed.</source>
        <translation>Paketet är inte krypterat för den här datorn. Be samordnaren registrera den ('binder identity' visar vad du ska skicka). Inget har ändrats.</translation>
    </message>
    <message>
        <source>This bundle was not encrypted for this laptop, but it has an emergency passphrase copy. Enter the bundle passphrase to open it.</source>
        <translation>Paketet är inte krypterat för den här datorn, men det har en nödkopia med lösenfras. Ange paketets lösenfras för att öppna det.</translation>
    </message>
    <message>
        <source>Copying the bundle from the stick</source>
        <translation>Kopierar paketet från USB-minnet</translation>
    </message>
    <message>
        <source>Reading the bundle frame</source>
        <translation>Läser paketets ram</translation>
    </message>
    <message>
        <source>Checking the publisher's signature</source>
        <translation>Kontrollerar utgivarens signatur</translation>
    </message>
    <message>
        <source>Checking sequence, audience and dates</source>
        <translation>Kontrollerar löpnummer, mottagare och datum</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Dekrypterar</translation>
    </message>
    <message>
        <source>Checking every record</source>
        <translation>Kontrollerar varje post</translation>
    </message>
    <message>
        <source>The bundle contains a record with the id of a local record on this laptop ({id}). Nothing was changed.</source>
        <translation>Paketet innehåller en post med samma id som en lokal post på den här datorn ({id}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. Nothing was changed.</source>
        <translation>Kan inte läsa {path}: {reason}. Inget har ändrats.</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>ett rör (FIFO)</translation>
    </message>
    <message>
        <source>Could not open {path} ({reason}). Nothing was changed.</source>
        <translation>Kunde inte öppna {path} ({reason}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>{path} was replaced while it was being opened. Nothing was changed.</source>
        <translation>{path} byttes ut medan den öppnades. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Incomplete copy: reading {path} failed ({reason}); was the USB stick removed? Nothing was changed.</source>
        <translation>Ofullständig kopia: läsningen av {path} misslyckades ({reason}); togs USB-minnet ut? Inget har ändrats.</translation>
    </message>
    <message>
        <source>This bundle is older (number {found}) than the one already imported (number {current}). An old bundle cannot replace newer data. Nothing was changed.</source>
        <translation>Paketet är äldre (nummer {found}) än det som redan är inläst (nummer {current}). Ett gammalt paket kan inte ersätta nyare uppgifter. Inget har ändrats.</translation>
    </message>
    <message>
        <source>WARNING: this bundle has the same number ({sequence}) as the one already imported but different content. Two different bundles with one number must never exist: report this to the coordinator. Nothing was changed.</source>
        <translation>VARNING: paketet har samma nummer ({sequence}) som det redan inlästa men annat innehåll. Två olika paket med samma nummer får aldrig finnas: rapportera detta till samordnaren. Inget har ändrats.</translation>
    </message>
    <message>
        <source>This computer's clock is earlier than the issue time of the last imported bundle: the clock looks wrong.</source>
        <translation>Datorns klocka visar en tid före utfärdandet av det senast inlästa paketet: klockan verkar gå fel.</translation>
    </message>
    <message>
        <source>The bundle has {count} unexpected bytes after its content (tampered or damaged). Nothing was changed.</source>
        <translation>Paketet har {count} oväntade byte efter innehållet (manipulerat eller skadat). Inget har ändrats.</translation>
    </message>
    <message>
        <source>The bundle content does not match its signed checksum (damaged or tampered). Nothing was changed.</source>
        <translation>Paketets innehåll stämmer inte med den signerade kontrollsumman (skadat eller manipulerat). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Wrong bundle passphrase. Nothing was changed.</source>
        <translation>Fel lösenfras för paketet. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The decrypted content has the wrong length. Nothing was changed.</source>
        <translation>Det dekrypterade innehållet har fel längd. Inget har ändrats.</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>en enhet</translation>
    </message>
    <message>
        <source>The encrypted content is damaged ({reason}). Nothing was changed.</source>
        <translation>Det krypterade innehållet är skadat ({reason}). Inget har ändrats.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ingen vanlig fil</translation>
    </message>
    <message>
        <source>Organisation: {organisation} ({organisation_id}); signatures required: {threshold}; key set version {version}.</source>
        <translation>Organisation: {organisation} ({organisation_id}); signaturer som krävs: {threshold}; nyckeluppsättning version {version}.</translation>
    </message>
    <message>
        <source>The key is no longer trusted.</source>
        <translation>Nyckeln är inte längre betrodd.</translation>
    </message>
    <message>
        <source>Removed {name}: it gets no later bundle.</source>
        <translation>{name} borttagen: den får inga senare paket.</translation>
    </message>
    <message>
        <source>Wrote bundle {sequence} to {path} for {count} laptops.</source>
        <translation>Skrev paket {sequence} till {path} för {count} datorer.</translation>
    </message>
    <message>
        <source>Check sheet: {path}</source>
        <translation>Kontrollblad: {path}</translation>
    </message>
    <message>
        <source>Publisher fingerprint: {fingerprint}</source>
        <translation>Utgivarens fingeravtryck: {fingerprint}</translation>
    </message>
    <message>
        <source>It is now safe to remove the USB stick once your system has finished writing (eject it first).</source>
        <translation>USB-minnet kan tas ut när systemet har skrivit klart (mata ut det först).</translation>
    </message>
    <message>
        <source>Bundle {sequence} from {organisation}, issued {issued}, review due {expires}.</source>
        <translation>Paket {sequence} från {organisation}, utfärdat {issued}, ska ses över senast {expires}.</translation>
    </message>
    <message>
        <source>Signed by: {fingerprints}</source>
        <translation>Signerat av: {fingerprints}</translation>
    </message>
    <message>
        <source>Imported bundle {sequence}: {added} added, {changed} changed, {removed} removed, {conflicts} conflicts. Backup: {backup}</source>
        <translation>Läste in paket {sequence}: {added} tillagda, {changed} ändrade, {removed} borttagna, {conflicts} konflikter. Säkerhetskopia: {backup}</translation>
    </message>
    <message>
        <source>Wrote the publisher key to {path}.</source>
        <translation>Skrev utgivarnyckeln till {path}.</translation>
    </message>
    <message>
        <source>Fingerprint (read it aloud when a laptop is set up): {fingerprint}</source>
        <translation>Fingeravtryck (läs upp det när en dator ställs in): {fingerprint}</translation>
    </message>
    <message>
        <source>This laptop now trusts bundles from {organisation} ({organisation_id}) signed by the key {fingerprint}.</source>
        <translation>Datorn litar nu på paket från {organisation} ({organisation_id}) signerade med nyckeln {fingerprint}.</translation>
    </message>
    <message>
        <source>This laptop trusts no publisher yet.</source>
        <translation>Datorn litar ännu inte på någon utgivare.</translation>
    </message>
    <message>
        <source>Recipient (send this to the coordinator): {recipient}</source>
        <translation>Mottagare (skicka detta till samordnaren): {recipient}</translation>
    </message>
    <message>
        <source>Fingerprint (read it aloud to check): {fingerprint}</source>
        <translation>Fingeravtryck (läs upp det för kontroll): {fingerprint}</translation>
    </message>
    <message>
        <source>Enrolled {name}; fingerprint {fingerprint}. It gets the next bundle you export.</source>
        <translation>{name} registrerad; fingeravtryck {fingerprint}. Den får nästa paket du exporterar.</translation>
    </message>
    <message>
        <source>No laptop is enrolled.</source>
        <translation>Ingen dator är registrerad.</translation>
    </message>
    <message>
        <source>Bundle passphrase (at least 12 characters): </source>
        <translation>Paketets lösenfras (minst 12 tecken): </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Lösenfraserna skiljer sig åt. Inget har skrivits.</translation>
    </message>
    <message>
        <source>This bundle is already imported; importing it again changes nothing.</source>
        <translation>Paketet är redan inläst; att läsa in det igen ändrar ingenting.</translation>
    </message>
    <message>
        <source>Signature, sequence, checksums and all records are valid ({counts}).</source>
        <translation>Signatur, löpnummer, kontrollsummor och alla poster är giltiga ({counts}).</translation>
    </message>
    <message>
        <source>WARNING: this bundle has expired; its data may be stale.</source>
        <translation>VARNING: paketet har gått ut; uppgifterna kan vara inaktuella.</translation>
    </message>
    <message>
        <source>Binder details (organisation, plan version…) change.</source>
        <translation>Pärmens grunduppgifter (organisation, planversion …) ändras.</translation>
    </message>
    <message>
        <source>No published data changes.</source>
        <translation>Inga publicerade uppgifter ändras.</translation>
    </message>
    <message>
        <source>{count} local corrections stay as they are.</source>
        <translation>{count} lokala rättelser ligger kvar.</translation>
    </message>
    <message>
        <source>See them with 'binder conflicts list'.</source>
        <translation>Se dem med 'binder conflicts list'.</translation>
    </message>
    <message>
        <source>New signing key {fingerprint} (key set version {version}). Laptops accept it through the next bundle; export a new key file for laptops set up from now on.</source>
        <translation>Ny signeringsnyckel {fingerprint} (nyckeluppsättning version {version}). Datorerna godtar den via nästa paket; exportera en ny nyckelfil för datorer som ställs in från och med nu.</translation>
    </message>
    <message>
        <source>Undid the import of bundle {sequence}; the binder is back at bundle {current}.</source>
        <translation>Ångrade inläsningen av paket {sequence}; pärmen är tillbaka på paket {current}.</translation>
    </message>
    <message>
        <source>removed {date}</source>
        <translation>borttagen {date}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>betrodd</translation>
    </message>
    <message>
        <source>{kind}: {added} added, {changed} changed, {removed} removed</source>
        <translation>{kind}: {added} tillagda, {changed} ändrade, {removed} borttagna</translation>
    </message>
    <message>
        <source>CONFLICT: {title} is removed by the bundle; your change to {field} moves to Conflicts.</source>
        <translation>KONFLIKT: {title} tas bort av paketet; din ändring av {field} flyttas till Konflikter.</translation>
    </message>
    <message>
        <source>CONFLICT: {title}, {field}: yours {mine}, bundle {theirs}. The bundle wins; yours moves to Conflicts.</source>
        <translation>KONFLIKT: {title}, {field}: ditt {mine}, paketets {theirs}. Paketet gäller; ditt flyttas till Konflikter.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Provkörning: inget har ändrats.</translation>
    </message>
    <message>
        <source>No bundle yet.</source>
        <translation>Inget paket ännu.</translation>
    </message>
    <message>
        <source>publisher (coordinator) key</source>
        <translation>utgivarens (samordnarens) nyckel</translation>
    </message>
    <message>
        <source>replace the signing key (laptops follow through the next bundle)</source>
        <translation>byt signeringsnyckel (datorerna följer med via nästa paket)</translation>
    </message>
    <message>
        <source>write the public signing key for laptops</source>
        <translation>skriv den publika signeringsnyckeln för datorerna</translation>
    </message>
    <message>
        <source>which publisher keys this laptop trusts</source>
        <translation>vilka utgivarnycklar datorn litar på</translation>
    </message>
    <message>
        <source>trust a publisher key file after comparing its fingerprint</source>
        <translation>lita på en utgivarnyckelfil efter att fingeravtrycket jämförts</translation>
    </message>
    <message>
        <source>the fingerprint read aloud by the coordinator</source>
        <translation>fingeravtrycket som samordnaren läser upp</translation>
    </message>
    <message>
        <source>replace all trusted keys (after a key compromise; resets the bundle number)</source>
        <translation>ersätt alla betrodda nycklar (efter en röjd nyckel; nollställer paketnumret)</translation>
    </message>
    <message>
        <source>list trusted keys</source>
        <translation>lista betrodda nycklar</translation>
    </message>
    <message>
        <source>stop trusting a key</source>
        <translation>sluta lita på en nyckel</translation>
    </message>
    <message>
        <source>this vault's age recipient for enrolment</source>
        <translation>valvets age-mottagare för registrering</translation>
    </message>
    <message>
        <source>laptops that receive bundles (publisher)</source>
        <translation>datorer som får paket (utgivare)</translation>
    </message>
    <message>
        <source>enrol a laptop</source>
        <translation>registrera en dator</translation>
    </message>
    <message>
        <source>remove a lost laptop</source>
        <translation>ta bort en förlorad dator</translation>
    </message>
    <message>
        <source>list enrolled laptops</source>
        <translation>lista registrerade datorer</translation>
    </message>
    <message>
        <source>USB bundles: export, verify, import, undo</source>
        <translation>USB-paket: exportera, kontrollera, läs in, ångra</translation>
    </message>
    <message>
        <source>write the next signed, encrypted bundle</source>
        <translation>skriv nästa signerade, krypterade paket</translation>
    </message>
    <message>
        <source>a folder (e.g. the USB stick) or a file name</source>
        <translation>en mapp (t.ex. USB-minnet) eller ett filnamn</translation>
    </message>
    <message>
        <source>review due after DAYS (default 90)</source>
        <translation>ska ses över efter DAGAR (standard 90)</translation>
    </message>
    <message>
        <source>also encrypt an emergency copy to a bundle passphrase (BINDER_BUNDLE_PASSPHRASE)</source>
        <translation>kryptera även en nödkopia med en lösenfras för paketet (BINDER_BUNDLE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>check a bundle without changing anything</source>
        <translation>kontrollera ett paket utan att ändra något</translation>
    </message>
    <message>
        <source>check, preview and apply a bundle</source>
        <translation>kontrollera, förhandsgranska och läs in ett paket</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>visa vad som skulle ändras, ändra inget</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation>läs in utan att fråga</translation>
    </message>
    <message>
        <source>accept an expired bundle (recorded in the incident log)</source>
        <translation>godta ett utgånget paket (antecknas i händelseloggen)</translation>
    </message>
    <message>
        <source>the last imported or exported bundle</source>
        <translation>det senast inlästa eller exporterade paketet</translation>
    </message>
    <message>
        <source>undo the last import from its backup</source>
        <translation>ångra den senaste inläsningen från dess säkerhetskopia</translation>
    </message>
    <message>
        <source>Repeat the bundle passphrase: </source>
        <translation>Upprepa paketets lösenfras: </translation>
    </message>
    <message>
        <source>Add --yes to apply the bundle (or --dry-run to only look). Nothing was changed.</source>
        <translation>Lägg till --yes för att läsa in paketet (eller --dry-run för att bara titta). Inget har ändrats.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message>
        <source>Last exported bundle: {sequence}.</source>
        <translation>Senast exporterade paket: {sequence}.</translation>
    </message>
    <message>
        <source>Binder from bundle {sequence}, issued {issued}, review due {expires}; imported {applied}.</source>
        <translation>Pärmen kommer från paket {sequence}, utfärdat {issued}, ska ses över senast {expires}; inläst {applied}.</translation>
    </message>
    <message>
        <source>WARNING: the binder is past its review date; its data may be stale.</source>
        <translation>VARNING: pärmen har passerat sitt översynsdatum; uppgifterna kan vara inaktuella.</translation>
    </message>
    <message>
        <source>Apply this bundle? [y/N] </source>
        <translation>Läsa in paketet? [j/N] </translation>
    </message>
    <message>
        <source>Amended {title}: {field} is now shown as {value}. Marked to report to the coordinator.</source>
        <translation>Rättade {title}: {field} visas nu som {value}. Markerad för rapport till samordnaren.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
    </message>
    <message>
        <source>  yours: {mine}; published now: {theirs}</source>
        <translation>  ditt: {mine}; publicerat nu: {theirs}</translation>
    </message>
    <message>
        <source>No local corrections.</source>
        <translation>Inga lokala rättelser.</translation>
    </message>
    <message>
        <source>{title} · {field}: {value} (to report to the coordinator)</source>
        <translation>{title} · {field}: {value} (att rapportera till samordnaren)</translation>
    </message>
    <message>
        <source>correct a field of a published record on this laptop</source>
        <translation>rätta ett fält i en publicerad post på den här datorn</translation>
    </message>
    <message>
        <source>the new value, as JSON or plain text</source>
        <translation>det nya värdet, som JSON eller vanlig text</translation>
    </message>
    <message>
        <source>local corrections of published records</source>
        <translation>lokala rättelser av publicerade poster</translation>
    </message>
    <message>
        <source>list corrections still to report to the coordinator</source>
        <translation>lista rättelser som ännu ska rapporteras till samordnaren</translation>
    </message>
    <message>
        <source>local corrections overridden by a bundle</source>
        <translation>lokala rättelser som ett paket har ersatt</translation>
    </message>
    <message>
        <source>list conflicts</source>
        <translation>lista konflikter</translation>
    </message>
    <message>
        <source>keep your value or take the published one</source>
        <translation>behåll ditt värde eller ta det publicerade</translation>
    </message>
    <message>
        <source>Resolved: kept your value.</source>
        <translation>Löst: ditt värde behålls.</translation>
    </message>
    <message>
        <source>Resolved: the published value is used.</source>
        <translation>Löst: det publicerade värdet används.</translation>
    </message>
    <message>
        <source>WARNING: your local record {title} refers to {target}, which this bundle removes.</source>
        <translation>VARNING: din lokala post {title} hänvisar till {target}, som det här paketet tar bort.</translation>
    </message>
    <message>
        <source>WARNING: {count} local records refer to records this bundle removed: {titles}.</source>
        <translation>VARNING: {count} lokala poster hänvisar till poster som paketet tog bort: {titles}.</translation>
    </message>
</context>
</TS>
