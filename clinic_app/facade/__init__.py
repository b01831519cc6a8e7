"""The application facade: the one way in for the window and the command line."""

from clinic_app.domain.permissions import Action

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

__all__ = ["Action", "Clinic", "DoseRecordView", "DueRow", "MeasurementView", "PatientSummary", "PatientView",
           "Session", "UserInfo", "VerifyResult"]
