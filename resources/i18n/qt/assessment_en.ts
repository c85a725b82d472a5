<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentTab</name>
    <message numerus="yes">
        <source>Findings: %n ({high} high, {medium} medium, {low} low) — double-click one about people to see them on the map</source>
        <translation>
            <numerusform>Findings: %n ({high} high, {medium} medium, {low} low) — double-click one about people to see them on the map</numerusform>
            <numerusform>Findings: %n ({high} high, {medium} medium, {low} low) — double-click one about people to see them on the map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message numerus="yes">
        <source>since {date} (then {score}); churn warning below {threshold} or a fall of {points} within %n days</source>
        <translation>
            <numerusform>since {date} (then {score}); churn warning below {threshold} or a fall of {points} within %n day</numerusform>
            <numerusform>since {date} (then {score}); churn warning below {threshold} or a fall of {points} within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message numerus="yes">
        <source>Criteria unmet on the way to {stage}: &lt;b&gt;%n&lt;/b&gt;.</source>
        <translation>
            <numerusform>Criteria unmet on the way to {stage}: &lt;b&gt;%n&lt;/b&gt;.</numerusform>
            <numerusform>Criteria unmet on the way to {stage}: &lt;b&gt;%n&lt;/b&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhitespacePanel</name>
    <message numerus="yes">
        <source>Business units so far: %n. Add our offerings to see the grid.</source>
        <translation>
            <numerusform>Business units so far: %n. Add our offerings to see the grid.</numerusform>
            <numerusform>Business units so far: %n. Add our offerings to see the grid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offerings so far: %n. Add the customer&apos;s business units to see the grid.</source>
        <translation>
            <numerusform>Offerings so far: %n. Add the customer&apos;s business units to see the grid.</numerusform>
            <numerusform>Offerings so far: %n. Add the customer&apos;s business units to see the grid.</numerusform>
        </translation>
    </message>
</context>
</TS>
