<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>core</name>
    <message>
        <source>Wrong passphrase. Nothing was changed. Check Caps Lock and try again, or use the recovery key.</source>
        <translation>Fel lösenfras. Inget har ändrats. Kontrollera Caps Lock och försök igen, eller använd återställningsnyckeln.</translation>
    </message>
</context>
</TS>
