"""Words people read, in one place without Qt, shared by the window, the command line and paper.

Every template is marked with `QT_TRANSLATE_NOOP(context, text)` under the context of the Qt class
that translates it at run time (`ErrorText`, `GateWords`...), so `pyside6-lupdate` collects them
for the French catalogue while the command line and the printing layer use the English text as is.
"""
