"""Pure domain: protocol, BSA, doses, preparation, schedule, checks and formatting.

No Qt, no SQL, no clock: every function is a deterministic function of its inputs.
"""
