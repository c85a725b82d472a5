<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangeList</name>
    <message numerus="yes">
        <source>New people (%n)</source>
        <extracomment>the groups of the list, in order, and the kinds in each</extracomment>
        <translation>
            <numerusform>New people (%n)</numerusform>
            <numerusform>New people (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the map (%n)</source>
        <translation>
            <numerusform>Left the map (%n)</numerusform>
            <numerusform>Left the map (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stance changes (%n)</source>
        <translation>
            <numerusform>Stance changes (%n)</numerusform>
            <numerusform>Stance changes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our relationships (%n)</source>
        <translation>
            <numerusform>Our relationships (%n)</numerusform>
            <numerusform>Our relationships (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s details (%n)</source>
        <translation>
            <numerusform>People&apos;s details (%n)</numerusform>
            <numerusform>People&apos;s details (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Influence lines (%n)</source>
        <translation>
            <numerusform>Influence lines (%n)</numerusform>
            <numerusform>Influence lines (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account (%n)</source>
        <translation>
            <numerusform>The account (%n)</numerusform>
            <numerusform>The account (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stance changes</source>
        <translation>
            <numerusform>%n stance change</numerusform>
            <numerusform>%n stance changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship changes</source>
        <translation>
            <numerusform>%n relationship change</numerusform>
            <numerusform>%n relationship changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes of people</source>
        <translation>
            <numerusform>%n other change of people</numerusform>
            <numerusform>%n other changes of people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line changes</source>
        <translation>
            <numerusform>%n line change</numerusform>
            <numerusform>%n line changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account changes</source>
        <translation>
            <numerusform>%n account change</numerusform>
            <numerusform>%n account changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes since {date}</source>
        <translation>
            <numerusform>%n change since {date}</numerusform>
            <numerusform>%n changes since {date}</numerusform>
        </translation>
    </message>
</context>
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
    <name>HistoryBar</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
