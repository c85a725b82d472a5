<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CollapseBadge</name>
    <message numerus="yes">
        <source>%n people of this team are hidden: click to show them</source>
        <extracomment>how much of a card or a line outside the focus still shows</extracomment>
        <translation>
            <numerusform>%n person of this team is hidden: click to show them</numerusform>
            <numerusform>%n people of this team are hidden: click to show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message numerus="yes">
        <source>%n lines away at most</source>
        <translation>
            <numerusform>%n line away at most</numerusform>
            <numerusform>%n lines away at most</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholders</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influence lines</source>
        <translation>
            <numerusform>%n influence line</numerusform>
            <numerusform>%n influence lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insights</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lines</source>
        <translation>
            <numerusform>Delete %n line</numerusform>
            <numerusform>Delete %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand team (%n hidden)</source>
        <translation>
            <numerusform>Expand team (%n hidden)</numerusform>
            <numerusform>Expand team (%n hidden)</numerusform>
        </translation>
    </message>
</context>
</TS>
