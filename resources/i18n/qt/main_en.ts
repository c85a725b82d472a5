<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Import {count} account file(s)</source>
        <translation>
            <numerusform>Import {count} account file</numerusform>
            <numerusform>Import {count} account files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move {count} cards</source>
        <translation>
            <numerusform>Move {count} card</numerusform>
            <numerusform>Move {count} cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message numerus="yes">
        <source>Connected: {count} accounts.</source>
        <translation>
            <numerusform>Connected: {count} account.</numerusform>
            <numerusform>Connected: {count} accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>{change} (and {count} earlier changes that day)</source>
        <translation>
            <numerusform>{change} (and {count} earlier change that day)</numerusform>
            <numerusform>{change} (and {count} earlier changes that day)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{total} accounts</source>
        <translation>
            <numerusform>{total} account</numerusform>
            <numerusform>{total} accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} accounts</source>
        <translation>
            <numerusform>{shown} of {total} account</numerusform>
            <numerusform>{shown} of {total} accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {count} contacts</source>
        <translation>
            <numerusform>Import {count} contact</numerusform>
            <numerusform>Import {count} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} people added</source>
        <translation>
            <numerusform>{count} person added</numerusform>
            <numerusform>{count} people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} updated</source>
        <translation>
            <numerusform>{count} updated</numerusform>
            <numerusform>{count} updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows left out</source>
        <translation>
            <numerusform>{count} row left out</numerusform>
            <numerusform>{count} rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its {count} stakeholders?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>
            <numerusform>Delete “{name}” and its {count} stakeholders?

You can undo this with Edit › Undo (Ctrl+Z).</numerusform>
            <numerusform>Delete “{name}” and its {count} stakeholders?

You can undo this with Edit › Undo (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of these accounts already exist. Replace them?</source>
        <translation>
            <numerusform>{count} of these accounts already exists. Replace it?</numerusform>
            <numerusform>{count} of these accounts already exist. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of them cannot be read (damaged): replacing those cannot be undone with Edit › Undo, only from the backup taken first.</source>
        <translation>
            <numerusform>{count} of them cannot be read (damaged): replacing those cannot be undone with Edit › Undo, only from the backup taken first.</numerusform>
            <numerusform>{count} of them cannot be read (damaged): replacing those cannot be undone with Edit › Undo, only from the backup taken first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} account(s).</source>
        <translation>
            <numerusform>Imported {count} account.</numerusform>
            <numerusform>Imported {count} accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} person</numerusform>
            <numerusform>{count} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} actions</source>
        <translation>
            <numerusform>{count} action</numerusform>
            <numerusform>{count} actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} risks</source>
        <translation>
            <numerusform>{count} risk</numerusform>
            <numerusform>{count} risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} interactions</source>
        <translation>
            <numerusform>{count} interaction</numerusform>
            <numerusform>{count} interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleSearch</name>
    <message numerus="yes">
        <source>People: first {count} found; type more to narrow</source>
        <translation>
            <numerusform>People: first {count} found; type more to narrow</numerusform>
            <numerusform>People: first {count} found; type more to narrow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>… {count} more</source>
        <translation>
            <numerusform>… {count} more</numerusform>
            <numerusform>… {count} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts:</source>
        <translation>
            <numerusform>{count} account:</numerusform>
            <numerusform>{count} accounts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace every account in the database with the {count} accounts of the backup of {when}?</source>
        <translation>
            <numerusform>Replace every account in the database with the {count} account of the backup of {when}?</numerusform>
            <numerusform>Replace every account in the database with the {count} accounts of the backup of {when}?</numerusform>
        </translation>
    </message>
</context>
</TS>
