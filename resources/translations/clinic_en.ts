<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <location filename="../../clinic_app/gui/audit_view.py" line="+100"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entry(ies) exported to {path}.</source>
        <translation>
            <numerusform>%n entry exported to {path}.</numerusform>
            <numerusform>%n entries exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortWords</name>
    <message numerus="yes">
        <location filename="../../clinic_app/gui/cohort_models.py" line="+30"/>
        <source>Cohort {letter}: open (%n enrolled)</source>
        <translation>
            <numerusform>Cohort {letter}: open (%n enrolled)</numerusform>
            <numerusform>Cohort {letter}: open (%n enrolled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message numerus="yes">
        <location filename="../../clinic_app/gui/documents.py" line="+189"/>
        <source>Restored from {src}: %n acknowledged record(s) rolled back; the previous content is kept in {safety}.</source>
        <translation>
            <numerusform>Restored from {src}: %n acknowledged record rolled back; the previous content is kept in {safety}.</numerusform>
            <numerusform>Restored from {src}: %n acknowledged records rolled back; the previous content is kept in {safety}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../clinic_app/gui/today_view.py" line="+172"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
</TS>
