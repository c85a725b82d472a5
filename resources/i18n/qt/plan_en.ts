<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangesBox</name>
    <message numerus="yes">
        <source>Changes in the %n days before today</source>
        <translation>
            <numerusform>Changes in the %n day before today</numerusform>
            <numerusform>Changes in the %n days before today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes in the %n days before {until}</source>
        <translation>
            <numerusform>Changes in the %n day before {until}</numerusform>
            <numerusform>Changes in the %n days before {until}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>and %n more…</numerusform>
            <numerusform>and %n more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message numerus="yes">
        <source>Remove %n × insight</source>
        <translation>
            <numerusform>Remove %n × insight</numerusform>
            <numerusform>Remove %n × insight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × insight with customer</source>
        <translation>
            <numerusform>Share %n × insight with customer</numerusform>
            <numerusform>Share %n × insight with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × insight</source>
        <translation>
            <numerusform>Stop sharing %n × insight</numerusform>
            <numerusform>Stop sharing %n × insight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × objective</source>
        <translation>
            <numerusform>Remove %n × objective</numerusform>
            <numerusform>Remove %n × objective</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × objective with customer</source>
        <translation>
            <numerusform>Share %n × objective with customer</numerusform>
            <numerusform>Share %n × objective with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × objective</source>
        <translation>
            <numerusform>Stop sharing %n × objective</numerusform>
            <numerusform>Stop sharing %n × objective</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × quarter</source>
        <translation>
            <numerusform>Remove %n × quarter</numerusform>
            <numerusform>Remove %n × quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × quarter with customer</source>
        <translation>
            <numerusform>Share %n × quarter with customer</numerusform>
            <numerusform>Share %n × quarter with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × quarter</source>
        <translation>
            <numerusform>Stop sharing %n × quarter</numerusform>
            <numerusform>Stop sharing %n × quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × risk</source>
        <translation>
            <numerusform>Remove %n × risk</numerusform>
            <numerusform>Remove %n × risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × risk with customer</source>
        <translation>
            <numerusform>Share %n × risk with customer</numerusform>
            <numerusform>Share %n × risk with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × risk</source>
        <translation>
            <numerusform>Stop sharing %n × risk</numerusform>
            <numerusform>Stop sharing %n × risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × action</source>
        <translation>
            <numerusform>Remove %n × action</numerusform>
            <numerusform>Remove %n × action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × action with customer</source>
        <translation>
            <numerusform>Share %n × action with customer</numerusform>
            <numerusform>Share %n × action with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × action</source>
        <translation>
            <numerusform>Stop sharing %n × action</numerusform>
            <numerusform>Stop sharing %n × action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × team member</source>
        <translation>
            <numerusform>Remove %n × team member</numerusform>
            <numerusform>Remove %n × team member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × team member with customer</source>
        <translation>
            <numerusform>Share %n × team member with customer</numerusform>
            <numerusform>Share %n × team member with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × team member</source>
        <translation>
            <numerusform>Stop sharing %n × team member</numerusform>
            <numerusform>Stop sharing %n × team member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × review</source>
        <translation>
            <numerusform>Remove %n × review</numerusform>
            <numerusform>Remove %n × review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × review with customer</source>
        <translation>
            <numerusform>Share %n × review with customer</numerusform>
            <numerusform>Share %n × review with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × review</source>
        <translation>
            <numerusform>Stop sharing %n × review</numerusform>
            <numerusform>Stop sharing %n × review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × KPI</source>
        <translation>
            <numerusform>Remove %n × KPI</numerusform>
            <numerusform>Remove %n × KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %n × KPI with customer</source>
        <translation>
            <numerusform>Share %n × KPI with customer</numerusform>
            <numerusform>Share %n × KPI with customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing %n × KPI</source>
        <translation>
            <numerusform>Stop sharing %n × KPI</numerusform>
            <numerusform>Stop sharing %n × KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × interaction</source>
        <translation>
            <numerusform>Remove %n × interaction</numerusform>
            <numerusform>Remove %n × interaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholders no longer have an owner on our side: give them one on the map (Ctrl+Z undoes the removal).</source>
        <translation>
            <numerusform>%n stakeholder no longer has an owner on our side: give them one on the map (Ctrl+Z undoes the removal).</numerusform>
            <numerusform>%n stakeholders no longer have an owner on our side: give them one on the map (Ctrl+Z undoes the removal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internal risks stay unshared: internal risks never reach the customer (to share one, untick Internal first).</source>
        <translation>
            <numerusform>%n internal risk stays unshared: internal risks never reach the customer (to share one, untick Internal first).</numerusform>
            <numerusform>%n internal risks stay unshared: internal risks never reach the customer (to share one, untick Internal first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × milestone</source>
        <translation>
            <numerusform>Remove %n × milestone</numerusform>
            <numerusform>Remove %n × milestone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n × KPI value</source>
        <translation>
            <numerusform>Remove %n × KPI value</numerusform>
            <numerusform>Remove %n × KPI value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more (see the changes below the agenda)</source>
        <translation>
            <numerusform>• … and %n more (see the changes below the agenda)</numerusform>
            <numerusform>• … and %n more (see the changes below the agenda)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reviews to {path}.</source>
        <translation>
            <numerusform>Exported %n review to {path}.</numerusform>
            <numerusform>Exported %n reviews to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message numerus="yes">
        <source>{score}: %n open risks</source>
        <translation>
            <numerusform>{score}: %n open risk</numerusform>
            <numerusform>{score}: %n open risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open risks not rated yet</source>
        <translation>
            <numerusform>%n open risk not rated yet</numerusform>
            <numerusform>%n open risks not rated yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message numerus="yes">
        <source>{action} (%n selected)</source>
        <translation>
            <numerusform>{action} (%n selected)</numerusform>
            <numerusform>{action} (%n selected)</numerusform>
        </translation>
    </message>
</context>
</TS>
