<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <location filename="../../clinic_app/gui/audit_view.py" line="+102"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n entry(ies) exported to {path}.</source>
        <translation>
            <numerusform>%n entry exported to {path}.</numerusform>
            <numerusform>%n entries exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlindedCopy</name>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/blinded_copy.py" line="+41"/>
        <source>{formula}, actual body weight{cap}; round the BSA half-up to %n decimal(s) and use that value</source>
        <translation>
            <numerusform>{formula}, actual body weight{cap}; round the BSA half-up to %n decimal and use that value</numerusform>
            <numerusform>{formula}, actual body weight{cap}; round the BSA half-up to %n decimals and use that value</numerusform>
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
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../clinic_app/cli/data_commands.py" line="+122"/>
        <source>weight %n day(s) old</source>
        <translation>
            <numerusform>weight %n day old</numerusform>
            <numerusform>weight %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>imported %n patient(s)</source>
        <translation>
            <numerusform>imported %n patient</numerusform>
            <numerusform>imported %n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message numerus="yes">
        <location filename="../../clinic_app/gui/documents.py" line="+170"/>
        <source>Restored from {src}: %n acknowledged record(s) rolled back; the previous content is kept in {safety}.</source>
        <translation>
            <numerusform>Restored from {src}: %n acknowledged record rolled back; the previous content is kept in {safety}.</numerusform>
            <numerusform>Restored from {src}: %n acknowledged records rolled back; the previous content is kept in {safety}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoseCommand</name>
    <message numerus="yes">
        <location filename="../../clinic_app/cli/dose.py" line="+137"/>
        <source>; infuse over %n minute(s)</source>
        <translation>
            <numerusform>; infuse over %n minute</numerusform>
            <numerusform>; infuse over %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/checklist.py" line="+201"/>
        <location filename="../../clinic_app/printing/dose_text.py" line="+96"/>
        <source>{route} over %n minute(s)</source>
        <translation>
            <numerusform>{route} over %n minute</numerusform>
            <numerusform>{route} over %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/dose_text.py" line="+8"/>
        <source>prepared at ____________ + %n hour(s) = ____________ ({note})</source>
        <translation>
            <numerusform>prepared at ____________ + %n hour = ____________ ({note})</numerusform>
            <numerusform>prepared at ____________ + %n hours = ____________ ({note})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{expires} (prepared {prepared} + %n hour(s); {note})</source>
        <translation>
            <numerusform>{expires} (prepared {prepared} + %n hour; {note})</numerusform>
            <numerusform>{expires} (prepared {prepared} + %n hours; {note})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/batch.py" line="+33"/>
        <source>worklist and %n dosing sheet(s)</source>
        <translation>
            <numerusform>worklist and %n dosing sheet</numerusform>
            <numerusform>worklist and %n dosing sheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientCalendar</name>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/patient_calendar.py" line="+86"/>
        <source>, about %n minute(s)</source>
        <translation>
            <numerusform>, about %n minute</numerusform>
            <numerusform>, about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../clinic_app/gui/today_view.py" line="+231"/>
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
<context>
    <name>VisitChecklist</name>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/checklist.py" line="-103"/>
        <source>Weight {blank} kg (measured today, or within %n day(s) before the dose)</source>
        <translation>
            <numerusform>Weight {blank} kg (measured today, or within %n day before the dose)</numerusform>
            <numerusform>Weight {blank} kg (measured today, or within %n days before the dose)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Drawn on {blank} (within %n day(s) before the dose). Otherwise HOLD and call the investigator.</source>
        <translation>
            <numerusform>Drawn on {blank} (within %n day before the dose). Otherwise HOLD and call the investigator.</numerusform>
            <numerusform>Drawn on {blank} (within %n days before the dose). Otherwise HOLD and call the investigator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/worklist.py" line="+167"/>
        <source>%n infusion(s) · {total} in total · {volume} of concentrate to draw · vials to pull (one plan per dose): {vials}</source>
        <translation>
            <numerusform>%n infusion · {total} in total · {volume} of concentrate to draw · vials to pull (one plan per dose): {vials}</numerusform>
            <numerusform>%n infusions · {total} in total · {volume} of concentrate to draw · vials to pull (one plan per dose): {vials}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n patient(s): {patients}</source>
        <translation>
            <numerusform>%n patient: {patients}</numerusform>
            <numerusform>%n patients: {patients}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>{date} · %n dose(s)</source>
        <translation>
            <numerusform>{date} · %n dose</numerusform>
            <numerusform>{date} · %n doses</numerusform>
        </translation>
    </message>
</context>
</TS>
