<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PortfolioModel</name>
    <message numerus="yes">
        <source>Health {before} %n days ago, {now} now</source>
        <translation>
            <numerusform>Health {before} %n day ago, {now} now</numerusform>
            <numerusform>Health {before} %n days ago, {now} now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage criteria unmet on the way to {stage}: %n</source>
        <translation>
            <numerusform>Stage criteria unmet on the way to {stage}: %n</numerusform>
            <numerusform>Stage criteria unmet on the way to {stage}: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message numerus="yes">
        <source>%n days</source>
        <comment>in the next N days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>due within N days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring {done} of {total} accounts…</source>
        <translation>
            <numerusform>Scoring {done} of {total} account…</numerusform>
            <numerusform>Scoring {done} of {total} accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts are damaged and were not scored (“{key}” and {more} more); they are marked in the list.</source>
        <translation>
            <numerusform>{count} account is damaged and was not scored (“{key}” and {more} more); it is marked in the list.</numerusform>
            <numerusform>{count} accounts are damaged and were not scored (“{key}” and {more} more); they are marked in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews and actions due ({count} overdue)</source>
        <translation>
            <numerusform>Reviews and actions due ({count} overdue)</numerusform>
            <numerusform>Reviews and actions due ({count} overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts · {at_risk} at risk</source>
        <translation>
            <numerusform>{count} account · {at_risk} at risk</numerusform>
            <numerusform>{count} accounts · {at_risk} at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} accounts · {at_risk} at risk · average health {health}</source>
        <translation>
            <numerusform>{count} account · {at_risk} at risk · average health {health}</numerusform>
            <numerusform>{count} accounts · {at_risk} at risk · average health {health}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movers — last %n days</source>
        <translation>
            <numerusform>Movers — last %n day</numerusform>
            <numerusform>Movers — last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No account improved in the last %n days.</source>
        <translation>
            <numerusform>No account improved in the last %n day.</numerusform>
            <numerusform>No account improved in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No account worsened in the last %n days.</source>
        <translation>
            <numerusform>No account worsened in the last %n day.</numerusform>
            <numerusform>No account worsened in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierGrid</name>
    <message numerus="yes">
        <source>{count} not plotted (no revenue/potential/rate)</source>
        <extracomment>the dots by look, in painting order: (colour rgba, at risk, dot indexes) the dots by bucket of the plane, one reach wide (made by the first hit test)</extracomment>
        <translation>
            <numerusform>{count} not plotted (no revenue/potential/rate)</numerusform>
            <numerusform>{count} not plotted (no revenue/potential/rate)</numerusform>
        </translation>
    </message>
</context>
</TS>
