"""Words people read, in one place without Qt, shared by the window, the command line and paper.

Every template is marked with `QT_TRANSLATE_NOOP(context, text)` under the context of the Qt class
that shows it (`ErrorText`, `GateWords`, `AuditModel`...), and every function takes a
`translate(context, text)`: the window passes `QCoreApplication.translate`, so `pyside6-lupdate`
collects the templates for the French catalogue under contexts the running code asks for, while
the command line and the printing layer use the English text as is.
"""
