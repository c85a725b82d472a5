<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactsWizard</name>
    <message numerus="yes">
        <source>%n column(s) not imported.</source>
        <translation>
            <numerusform>%n column not imported.</numerusform>
            <numerusform>%n columns not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} new</source>
        <translation>
            <numerusform>{count} new</numerusform>
            <numerusform>{count} new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} to update</source>
        <translation>
            <numerusform>{count} to update</numerusform>
            <numerusform>{count} to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} already there</source>
        <translation>
            <numerusform>{count} already there</numerusform>
            <numerusform>{count} already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} left out</source>
        <translation>
            <numerusform>{count} left out</numerusform>
            <numerusform>{count} left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} and {count} more</source>
        <translation>
            <numerusform>{shown} and {count} more</numerusform>
            <numerusform>{shown} and {count} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account would hold {count} people; it can hold {most}. Leave some rows out.</source>
        <translation>
            <numerusform>The account would hold {count} person; it can hold {most}. Leave some rows out.</numerusform>
            <numerusform>The account would hold {count} people; it can hold {most}. Leave some rows out.</numerusform>
        </translation>
    </message>
</context>
</TS>
