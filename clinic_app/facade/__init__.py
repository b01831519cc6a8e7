"""The application facade: the one way in for the window and the command line."""

from clinic_app.domain.permissions import Action
from clinic_app.store import FullCheck  # when the last full check ran and what it found (the window shows it)

from .clinic import Clinic
from .views import (
    DoseRecordView,
    DueRow,
    MeasurementView,
    PatientSummary,
    PatientView,
    Session,
    UserInfo,
    VerifyResult,
)

__all__ = ["Action", "Clinic", "DoseRecordView", "DueRow", "FullCheck", "MeasurementView", "PatientSummary",
           "PatientView", "Session", "UserInfo", "VerifyResult"]
