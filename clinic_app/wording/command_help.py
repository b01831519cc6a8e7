"""A command-line help text built from values (a list of codes, a unit, a variable's name).

`Help(template, **values)` is the English text argparse stores and shows (`template` filled), and
keeps its template and values so that `--help` translates the template and then fills it
(clinic_app/cli/help_text.py): the French sentence is written once around the values, which stay
as the program writes them (codes, units, names of variables).
"""

from __future__ import annotations

from collections.abc import Callable


class Help(str):
    """A help text: the filled English template, with `template` and `values` kept."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: str) -> Help:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = dict(values)
        return made

    def worded(self, translate: Callable[[str], str]) -> str:
        """The template in the words `translate` gives it, then filled."""
        return translate(self.template).format(**self.values)
