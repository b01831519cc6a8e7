"""Clinic Dosing Assistant: offline dosing assistant for the IMP321 + weekly paclitaxel trial."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("clinic-dosing-assistant")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
